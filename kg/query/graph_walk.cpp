// Bidirectional breadth-first search for paths, and the "about" listing.
#include "kg/query/graph_walk.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace kg {

namespace {

constexpr size_t kVisitBudget = 300000;  // nodes a path search may touch before giving up

struct Parent {
  TermId prev;  // invalid for a start node
  Triple edge;
};

struct Side {
  std::unordered_map<TermId, Parent> parent;
  std::vector<TermId> frontier;
  int depth = 0;
};

// Neighbours over positive facts in both directions, skipping literal values.
Status Neighbors(const ReadView& view, TermText& text, TermId node,
                 std::vector<std::pair<TermId, Triple>>* out, const WalkLimits& limits) {
  out->clear();
  for (IndexOrder order : {IndexOrder::kSpo, IndexOrder::kOsp}) {
    auto scan = view.Scan(order, &node, 1);
    Triple t;
    while (scan->Next(&t)) {
      if (limits.should_stop()) return Status::OK();
      if (t.negated()) continue;
      TermId other = order == IndexOrder::kSpo ? t.o : t.s;
      if (other == node) continue;
      if (order == IndexOrder::kSpo) {
        Result<const Term*> term = text.Get(other);
        if (!term.ok()) return term.status();
        if ((*term)->kind == TermKind::kLiteral) continue;
      }
      out->emplace_back(other, t);
    }
    KG_RETURN_IF_ERROR(scan->status());
  }
  return Status::OK();
}

}  // namespace

Status FindPaths(const BoundQuery& q, const ReadView& view, TermText& text,
                 ResultBuilder& builder, int64_t row_limit, const WalkLimits& limits) {
  Side fwd, bwd;
  for (TermId id : q.path_from) {
    fwd.parent[id] = Parent{};
    fwd.frontier.push_back(id);
  }
  for (TermId id : q.path_to) {
    bwd.parent[id] = Parent{};
    bwd.frontier.push_back(id);
  }
  std::vector<TermId> meetings;
  for (TermId id : q.path_from) {
    if (bwd.parent.count(id)) meetings.push_back(id);
  }
  std::vector<std::pair<TermId, Triple>> nbrs;
  while (meetings.empty() && fwd.depth + bwd.depth < q.max_hops && !fwd.frontier.empty() &&
         !bwd.frontier.empty()) {
    Side& side = fwd.frontier.size() <= bwd.frontier.size() ? fwd : bwd;
    Side& other = &side == &fwd ? bwd : fwd;
    std::vector<TermId> next;
    for (TermId node : side.frontier) {
      KG_RETURN_IF_ERROR(Neighbors(view, text, node, &nbrs, limits));
      for (const auto& [nbr, edge] : nbrs) {
        if (side.parent.count(nbr)) continue;
        side.parent[nbr] = Parent{node, edge};
        next.push_back(nbr);
        if (other.parent.count(nbr) &&
            std::find(meetings.begin(), meetings.end(), nbr) == meetings.end()) {
          meetings.push_back(nbr);
        }
      }
      if (limits.should_stop()) return Status::OK();
      if (fwd.parent.size() + bwd.parent.size() > kVisitBudget) {
        limits.stop("the path search touched more than " + std::to_string(kVisitBudget) +
                    " entities and stopped; try a smaller 'max'");
        return Status::OK();
      }
    }
    side.frontier = std::move(next);
    ++side.depth;
  }

  for (TermId m : meetings) {
    if (static_cast<int64_t>(builder.out()->rows.size()) >= row_limit) break;
    // Nodes and edges from a start to m, then from m to an end.
    std::vector<TermId> nodes{m};
    std::vector<Triple> edges;
    for (TermId cur = m; fwd.parent[cur].prev.valid(); cur = fwd.parent[cur].prev) {
      nodes.insert(nodes.begin(), fwd.parent[cur].prev);
      edges.insert(edges.begin(), fwd.parent[cur].edge);
    }
    for (TermId cur = m; bwd.parent[cur].prev.valid(); cur = bwd.parent[cur].prev) {
      nodes.push_back(bwd.parent[cur].prev);
      edges.push_back(bwd.parent[cur].edge);
    }
    std::string path;
    Result<std::string> first = text.Display(nodes[0]);
    if (!first.ok()) return first.status();
    path = *first;
    for (size_t i = 0; i < edges.size(); ++i) {
      Result<std::string> rel = text.Display(edges[i].p);
      Result<std::string> next = text.Display(nodes[i + 1]);
      if (!rel.ok()) return rel.status();
      if (!next.ok()) return next.status();
      bool forward = edges[i].s == nodes[i];
      path += forward ? " -" + *rel + "-> " : " <-" + *rel + "- ";
      path += *next;
    }
    KG_RETURN_IF_ERROR(builder.AddRow(
        {builder.TextCell(std::to_string(edges.size())), builder.TextCell(path)}, edges));
  }
  return Status::OK();
}

Status DescribeEntities(const BoundQuery& q, const ReadView& view, ResultBuilder& builder,
                        int64_t row_limit, const WalkLimits& limits) {
  for (TermId id : q.about) {
    for (IndexOrder order : {IndexOrder::kSpo, IndexOrder::kOsp}) {
      auto scan = view.Scan(order, &id, 1);
      Triple t;
      while (scan->Next(&t)) {
        if (limits.should_stop()) return Status::OK();
        if (order == IndexOrder::kOsp && t.s == id) continue;  // a self-loop, listed already
        if (static_cast<int64_t>(builder.out()->rows.size()) >= row_limit) {
          limits.stop("stopped at the row limit of " + std::to_string(row_limit) +
                      " rows (change it with .limit or --max-rows)");
          return Status::OK();
        }
        std::vector<Cell> cells;
        for (TermId v : {t.s, t.p, t.o}) {
          Result<Cell> c = builder.CellFor(v);
          if (!c.ok()) return c.status();
          cells.push_back(*c);
        }
        if (t.negated()) cells[1].text = "not " + cells[1].text;
        KG_RETURN_IF_ERROR(builder.AddRow(std::move(cells), {t}));
      }
      KG_RETURN_IF_ERROR(scan->status());
    }
  }
  return Status::OK();
}

}  // namespace kg
