// Display values and fact views, with evidence sentences read from the documents family.
#include "kg/query/result_builder.h"

#include <algorithm>

namespace kg {

ResultBuilder::ResultBuilder(const ReadView& view, TermText& text, ResultSet* out)
    : view_(view), text_(text), out_(out) {}

Result<Cell> ResultBuilder::CellFor(TermId id) {
  Result<const Term*> term = text_.Get(id);
  if (!term.ok()) return term.status();
  Result<std::string> display = text_.Display(id);
  if (!display.ok()) return display.status();
  Cell c;
  c.kind = (*term)->kind == TermKind::kLiteral ? Cell::Kind::kValue : Cell::Kind::kEntity;
  c.text = *display;
  c.id = id;
  if ((*term)->kind == TermKind::kLiteral) c.datatype = (*term)->literal.datatype;
  return c;
}

Cell ResultBuilder::TextCell(std::string text) {
  Cell c;
  c.kind = Cell::Kind::kText;
  c.text = std::move(text);
  return c;
}

Result<size_t> ResultBuilder::FactIndex(const Triple& t) {
  auto key = std::make_tuple(t.s.value, t.p.value, t.o.value, t.fact.value);
  auto it = fact_index_.find(key);
  if (it != fact_index_.end()) return it->second;
  FactView fv;
  fv.id = t.fact;
  fv.negated = t.negated();
  for (auto [id, dst] : {std::pair{t.s, &fv.subject}, std::pair{t.p, &fv.relation},
                         std::pair{t.o, &fv.object}}) {
    Result<std::string> d = text_.Display(id);
    if (!d.ok()) return d.status();
    *dst = *d;
  }
  if (Result<const Term*> object = text_.Get(t.o); object.ok() && (*object)->kind == TermKind::kLiteral) {
    fv.object_type = (*object)->literal.datatype;
  }
  if (t.fact.valid()) {
    Fact fact;
    Status s = view_.GetFact(t.fact, &fact);
    if (!s.ok() && !s.IsNotFound()) return s;
    if (s.ok()) {
      std::vector<Evidence> evidence;
      KG_RETURN_IF_ERROR(view_.GetEvidence(t.fact, &evidence));
      fv.negated = fact.negated;
      for (const auto& [key, value] : fact.qualifiers) {
        Result<std::string> d = text_.Display(value);
        fv.qualifiers[key] = d.ok() ? *d : "?";
        Result<const Term*> term = text_.Get(value);
        if (term.ok() && (*term)->kind == TermKind::kLiteral) {
          fv.qualifier_types[key] = (*term)->literal.datatype;
        }
      }
      fv.notes = fact.notes;
      for (const Evidence& e : evidence) {
        EvidenceView ev{e.doc, e.sentence, e.start, e.end, e.rule, ""};
        Status st = view_.GetSentence(e.doc, e.sentence, &ev.text);
        if (!st.ok() && !st.IsNotFound()) return st;
        fv.evidence.push_back(std::move(ev));
      }
    }
  }
  out_->facts.push_back(std::move(fv));
  fact_index_[key] = out_->facts.size() - 1;
  return out_->facts.size() - 1;
}

Status ResultBuilder::AddRow(std::vector<Cell> cells, const std::vector<Triple>& facts) {
  std::vector<size_t> indexes;
  for (const Triple& t : with_facts_ ? facts : std::vector<Triple>{}) {
    Result<size_t> i = FactIndex(t);
    if (!i.ok()) return i.status();
    if (std::find(indexes.begin(), indexes.end(), *i) == indexes.end()) indexes.push_back(*i);
  }
  out_->rows.push_back(std::move(cells));
  out_->row_facts.push_back(std::move(indexes));
  return Status::OK();
}

}  // namespace kg
