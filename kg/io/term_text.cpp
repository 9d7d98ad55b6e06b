// Display names and IRIs of terms, with a bounded cache.
#include "kg/io/term_text.h"

#include <algorithm>

#include "kg/base/unicode.h"

namespace kg {

namespace {
constexpr size_t kCacheLimit = 1 << 20;
}

std::string EncodeIriSegment(const std::string& s) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    bool keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                c == '-' || c == '.' || c == '_' || c == '~' || c >= 0x80;
    if (keep) {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  return out;
}

TermText::TermText(const ReadView* view, std::string base) : view_(view), base_(std::move(base)) {
  Term label;
  label.id = kLabelRelationId;
  label.kind = TermKind::kRelation;
  label.name = "label";
  label.iri = kRdfsLabel;
  AddVirtual(kLabelRelationId, std::move(label));
}

void TermText::Trim() {
  // Virtual terms live only in these maps: keep them.
  auto drop_stored = [](auto& map) {
    for (auto it = map.begin(); it != map.end();) {
      it = IsVirtualId(it->first) ? std::next(it) : map.erase(it);
    }
  };
  if (terms_.size() > kCacheLimit) drop_stored(terms_);
  if (display_.size() > kCacheLimit) drop_stored(display_);
}

void TermText::AddVirtual(TermId id, Term term) {
  display_[id] = DisplayOf(term, nullptr);
  terms_[id] = std::move(term);
}

namespace {

// A percentage shows its sign ("72%"), as it is written and asked for; other literals their
// lexical form.
std::string LiteralDisplay(const Literal& literal) {
  if (literal.datatype == kKgPercent) return literal.lexical + "%";
  return literal.lexical;
}

}  // namespace

std::string TermText::DisplayOf(const Term& t, const Alias* first_alias) const {
  switch (t.kind) {
    case TermKind::kLiteral: return LiteralDisplay(t.literal);
    case TermKind::kRelation: return t.name;
    case TermKind::kBlank: return "_:" + t.name;
    case TermKind::kEntity:
      if (!t.name.empty()) return t.name;
      return first_alias ? first_alias->text : t.iri;
  }
  return t.name;
}

Status TermText::Prefetch(std::vector<TermId> ids) {
  ids.erase(std::remove_if(ids.begin(), ids.end(),
                           [&](TermId id) { return !id.valid() || display_.count(id) > 0; }),
            ids.end());
  if (ids.empty()) return Status::OK();
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  Trim();
  terms_.reserve(terms_.size() + ids.size());
  display_.reserve(display_.size() + ids.size());
  return view_->GetTermsWithFirstAlias(ids, [&](Term&& t, const Alias* first) {
    TermId id = t.id;
    display_[id] = DisplayOf(t, first);
    terms_[id] = std::move(t);
  });
}

Result<const Term*> TermText::Get(TermId id) {
  auto it = terms_.find(id);
  if (it == terms_.end()) {
    Trim();
    Term t;
    KG_RETURN_IF_ERROR(view_->GetTerm(id, &t));
    it = terms_.emplace(id, std::move(t)).first;
  }
  return &it->second;
}

Result<std::string> TermText::Display(TermId id) {
  auto it = display_.find(id);
  if (it != display_.end()) return it->second;
  if (!terms_.count(id)) {
    // Not read yet: the record and the first alias come in one seek.
    Trim();
    Term t;
    Alias first;
    bool has_alias = false;
    KG_RETURN_IF_ERROR(view_->GetTermAndFirstAlias(id, &t, &first, &has_alias));
    auto added = terms_.emplace(id, std::move(t)).first;
    if (added->second.kind == TermKind::kEntity && added->second.name.empty()) {
      std::string text = has_alias ? first.text : added->second.iri;
      display_[id] = text;
      return text;
    }
  }
  Result<const Term*> r = Get(id);
  if (!r.ok()) return r.status();
  const Term& t = **r;
  std::string text;
  switch (t.kind) {
    case TermKind::kLiteral: text = LiteralDisplay(t.literal); break;
    case TermKind::kRelation: text = t.name; break;
    case TermKind::kBlank: text = "_:" + t.name; break;
    case TermKind::kEntity:
      text = t.name;
      if (text.empty()) {
        std::vector<Alias> aliases;
        KG_RETURN_IF_ERROR(view_->GetAliases(id, &aliases));
        text = aliases.empty() ? t.iri : aliases.front().text;
      }
      break;
  }
  display_[id] = text;
  return text;
}

Result<std::string> TermText::Iri(const Term& term) {
  if (!term.iri.empty()) return term.iri;
  if (term.kind == TermKind::kRelation) return base_ + "relation/" + EncodeIriSegment(term.name);
  // An entity named by a document: its name, made unique when several entities share it.
  std::vector<TermId> same;
  KG_RETURN_IF_ERROR(view_->FindByFoldedName(kg::FoldName(term.name), &same));
  std::string iri = base_ + "entity/" + EncodeIriSegment(term.name);
  if (same.size() > 1 || term.name.empty()) iri += "-" + std::to_string(term.id.value);
  return iri;
}

std::string TermText::DocumentIri(const std::string& doc_id) const {
  return base_ + "doc/" + EncodeIriSegment(doc_id);
}

Result<io::RdfTerm> TermText::Rdf(TermId id) {
  Result<const Term*> r = Get(id);
  if (!r.ok()) return r.status();
  const Term& t = **r;
  io::RdfTerm out;
  switch (t.kind) {
    case TermKind::kLiteral:
      out.kind = io::RdfTerm::Kind::kLiteral;
      out.value = t.literal.lexical;
      out.datatype = t.literal.datatype;
      out.lang = t.literal.lang;
      break;
    case TermKind::kBlank:
      out.kind = io::RdfTerm::Kind::kBlank;
      out.value = "b" + std::to_string(t.id.value);
      break;
    default: {
      Result<std::string> iri = Iri(t);
      if (!iri.ok()) return iri.status();
      out.kind = io::RdfTerm::Kind::kIri;
      out.value = *iri;
    }
  }
  return out;
}

}  // namespace kg
