// Export walks the terms family in id order; for each entity it writes its labels (canonical
// name first, so a re-import shows the same name), its type, then its triples from one spo
// prefix scan.
#include "kg/io/export.h"

#include <deque>
#include <map>
#include <set>
#include <unordered_set>

#include "kg/io/ntriples.h"
#include "kg/storage/key_codec.h"
#include "kg/storage/record_codec.h"
#include "kg/io/term_text.h"

namespace kg::io {

namespace {

constexpr char kRdfType[] = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

RdfTerm IriTerm(const std::string& iri) {
  RdfTerm t;
  t.kind = RdfTerm::Kind::kIri;
  t.value = iri;
  return t;
}

RdfTerm StringTerm(const std::string& text, const std::string& lang) {
  RdfTerm t;
  t.kind = RdfTerm::Kind::kLiteral;
  t.value = text;
  t.lang = lang;
  return t;
}

void WriteStatement(std::ostream& out, const RdfTerm& s, const RdfTerm& p, const RdfTerm& o,
                    const std::string* graph) {
  std::string line = FormatTerm(s);
  line.push_back(' ');
  line += FormatTerm(p);
  line.push_back(' ');
  line += FormatTerm(o);
  if (graph) {
    line += " <";
    AppendEscapedIri(&line, *graph);
    line.push_back('>');
  }
  line += " .\n";
  out << line;
}

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

std::string DotString(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out.push_back('\\');
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

// Walks every subject term with its labels and triples.
class RdfWriter {
 public:
  RdfWriter(const ReadView& view, const ExportOptions& options, std::ostream& out)
      : view_(view), options_(options), out_(out), text_(&view, options.base) {}

  Result<ExportSummary> Run() {
    Status inner;
    TermId current;
    RdfTerm current_rdf;
    KG_RETURN_IF_ERROR(view_.ForEach(Cf::kTerms, "", [&](std::string_view k, std::string_view v) {
      if (k.size() == kIdSize) {
        current = TermId();
        Term term;
        if (!DecodeTerm(v, &term)) {
          inner = Status::Corruption("term record does not decode");
          return false;
        }
        term.id = TermId(GetBigEndian64(k.data()));
        if (term.kind != TermKind::kEntity && term.kind != TermKind::kBlank) return true;
        current = term.id;
        Result<RdfTerm> s = text_.Rdf(term.id);
        if (!s.ok()) {
          inner = s.status();
          return false;
        }
        current_rdf = *s;
        if (term.kind == TermKind::kEntity && !term.name.empty()) {
          Emit(current_rdf, IriTerm(kRdfsLabel), StringTerm(term.name, ""), nullptr);
        }
        if (!term.type.empty()) {
          Emit(current_rdf, IriTerm(kRdfType), IriTerm(options_.base + "type/" + term.type),
               nullptr);
        }
        inner = WriteTriplesOf(current, current_rdf);
        return inner.ok();
      }
      if (k.size() == 2 * kIdSize + 1 && k[kIdSize] == '\x01' && current.valid() &&
          GetBigEndian64(k.data()) == current.value) {
        Alias a;
        if (!DecodeAlias(v, &a)) {
          inner = Status::Corruption("alias record does not decode");
          return false;
        }
        Emit(current_rdf, IriTerm(kRdfsLabel), StringTerm(a.text, a.lang), nullptr);
      }
      return true;
    }));
    KG_RETURN_IF_ERROR(inner);
    out_.flush();
    if (!out_) return Status::IOError("writing the export failed (disk full or closed pipe?)");
    return summary_;
  }

 private:
  void Emit(const RdfTerm& s, const RdfTerm& p, const RdfTerm& o, const std::string* graph) {
    WriteStatement(out_, s, p, o, graph);
    ++summary_.triples;
  }

  Status WriteTriplesOf(TermId subject, const RdfTerm& s) {
    auto scan = view_.Scan(IndexOrder::kSpo, &subject, 1);
    Triple t;
    while (scan->Next(&t)) {
      if (t.negated()) {
        ++summary_.skipped_negated;
        continue;
      }
      Result<RdfTerm> p = text_.Rdf(t.p);
      if (!p.ok()) return p.status();
      Result<RdfTerm> o = text_.Rdf(t.o);
      if (!o.ok()) return o.status();
      if (options_.format == ExportFormat::kNQuads && t.fact.valid()) {
        std::vector<Evidence> evidence;
        KG_RETURN_IF_ERROR(view_.GetEvidence(t.fact, &evidence));
        std::set<std::string> docs;
        for (const Evidence& e : evidence) docs.insert(e.doc);
        for (const std::string& d : docs) {
          std::string graph = text_.DocumentIri(d);
          Emit(s, *p, *o, &graph);
        }
        if (!docs.empty()) continue;
      }
      Emit(s, *p, *o, nullptr);
    }
    return scan->status();
  }

  const ReadView& view_;
  const ExportOptions& options_;
  std::ostream& out_;
  TermText text_;
  ExportSummary summary_;
};

}  // namespace

Result<ExportSummary> ExportRdf(const ReadView& view, const ExportOptions& options,
                                std::ostream& out) {
  return RdfWriter(view, options, out).Run();
}

Result<ExportSummary> ExportCsv(const ReadView& view, const ExportOptions& options,
                                std::ostream& nodes, std::ostream& edges) {
  ExportSummary summary;
  TermText text(&view, options.base);
  nodes << "id:ID,name,type,:LABEL\n";
  Status inner;
  KG_RETURN_IF_ERROR(view.ForEach(Cf::kTerms, "", [&](std::string_view k, std::string_view v) {
    if (k.size() != kIdSize) return true;
    Term term;
    if (!DecodeTerm(v, &term)) {
      inner = Status::Corruption("term record does not decode");
      return false;
    }
    term.id = TermId(GetBigEndian64(k.data()));
    if (term.kind == TermKind::kRelation) return true;
    Result<std::string> name = text.Display(term.id);
    if (!name.ok()) {
      inner = name.status();
      return false;
    }
    std::string type = term.kind == TermKind::kLiteral
                           ? (term.literal.datatype.empty() ? "string" : term.literal.datatype)
                           : term.type;
    nodes << term.id.value << ',' << CsvField(*name) << ',' << CsvField(type) << ','
          << (term.kind == TermKind::kLiteral ? "Value" : "Entity") << '\n';
    return true;
  }));
  KG_RETURN_IF_ERROR(inner);

  edges << ":START_ID,:END_ID,:TYPE,fact,negated,documents\n";
  auto scan = view.Scan(IndexOrder::kSpo, nullptr, 0);
  Triple t;
  while (scan->Next(&t)) {
    Result<std::string> rel = text.Display(t.p);
    if (!rel.ok()) return rel.status();
    std::string docs;
    if (t.fact.valid()) {
      std::vector<Evidence> evidence;
      KG_RETURN_IF_ERROR(view.GetEvidence(t.fact, &evidence));
      std::set<std::string> ids;
      for (const Evidence& e : evidence) ids.insert(e.doc);
      for (const std::string& d : ids) docs += (docs.empty() ? "" : ";") + d;
    }
    edges << t.s.value << ',' << t.o.value << ',' << CsvField(*rel) << ',' << t.fact.value << ','
          << (t.negated() ? "true" : "false") << ',' << CsvField(docs) << '\n';
    ++summary.triples;
  }
  KG_RETURN_IF_ERROR(scan->status());
  nodes.flush();
  edges.flush();
  if (!nodes || !edges) return Status::IOError("writing the CSV files failed");
  return summary;
}

namespace {

// The amounts the facts of one edge state ("1200000000 EUR, 4000000000 EUR"), or "".
Result<std::string> EdgeAmounts(const ReadView& view, TermText& text, const std::set<FactId>& facts) {
  std::set<std::string> amounts;
  for (FactId id : facts) {
    Fact fact;
    Status s = view.GetFact(id, &fact);
    if (s.IsNotFound()) continue;
    KG_RETURN_IF_ERROR(s);
    auto it = fact.qualifiers.find("amount");
    if (it == fact.qualifiers.end()) continue;
    Result<std::string> shown = text.Display(it->second);
    if (!shown.ok()) return shown.status();
    amounts.insert(*shown);
  }
  std::string out;
  for (const std::string& a : amounts) out += (out.empty() ? "" : ", ") + a;
  return out;
}

}  // namespace

Result<ExportSummary> ExportDot(const ReadView& view, const ExportOptions& options,
                                std::ostream& out) {
  ExportSummary summary;
  TermText text(&view, options.base);
  // Each edge with the facts behind it, whose amounts go on its label.
  std::map<std::tuple<uint64_t, uint64_t, uint64_t>, std::set<FactId>> edges;
  std::unordered_set<TermId> nodes;

  auto add_edge = [&](const Triple& t) {
    if (t.negated()) return;
    std::set<FactId>& facts = edges[{t.s.value, t.p.value, t.o.value}];
    if (t.fact.valid()) facts.insert(t.fact);
    nodes.insert(t.s);
    nodes.insert(t.o);
  };

  if (options.focus != 0) {
    // Breadth-first over both directions, up to `depth` hops.
    std::deque<std::pair<TermId, int>> queue{{TermId(options.focus), 0}};
    std::unordered_set<TermId> seen{TermId(options.focus)};
    nodes.insert(TermId(options.focus));
    while (!queue.empty() && static_cast<int64_t>(edges.size()) < options.max_edges) {
      auto [id, d] = queue.front();
      queue.pop_front();
      if (d >= options.depth) continue;
      for (IndexOrder order : {IndexOrder::kSpo, IndexOrder::kOsp}) {
        auto scan = view.Scan(order, &id, 1);
        Triple t;
        while (scan->Next(&t) && static_cast<int64_t>(edges.size()) < options.max_edges) {
          add_edge(t);
          TermId other = order == IndexOrder::kSpo ? t.o : t.s;
          Result<const Term*> term = text.Get(other);
          if (!term.ok()) return term.status();
          if ((*term)->kind != TermKind::kLiteral && seen.insert(other).second) {
            queue.push_back({other, d + 1});
          }
        }
        KG_RETURN_IF_ERROR(scan->status());
      }
    }
  } else {
    auto scan = view.Scan(IndexOrder::kSpo, nullptr, 0);
    Triple t;
    while (scan->Next(&t) && static_cast<int64_t>(edges.size()) < options.max_edges) add_edge(t);
    KG_RETURN_IF_ERROR(scan->status());
  }

  out << "digraph kg {\n  rankdir=LR;\n  node [shape=box, style=rounded];\n";
  for (TermId id : nodes) {
    Result<std::string> name = text.Display(id);
    if (!name.ok()) return name.status();
    Result<const Term*> term = text.Get(id);
    if (!term.ok()) return term.status();
    out << "  n" << id.value << " [label=" << DotString(*name)
        << ((*term)->kind == TermKind::kLiteral ? ", shape=note" : "") << "];\n";
  }
  for (const auto& [edge, facts] : edges) {
    const auto& [s, p, o] = edge;
    Result<std::string> rel = text.Display(TermId(p));
    if (!rel.ok()) return rel.status();
    Result<std::string> amounts = EdgeAmounts(view, text, facts);
    if (!amounts.ok()) return amounts.status();
    std::string label = amounts->empty() ? *rel : *rel + " (" + *amounts + ")";
    out << "  n" << s << " -> n" << o << " [label=" << DotString(label) << "];\n";
    ++summary.triples;
  }
  out << "}\n";
  out.flush();
  if (!out) return Status::IOError("writing the DOT output failed");
  return summary;
}

}  // namespace kg::io
