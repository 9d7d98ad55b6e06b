// Binding of patterns and paths, and the name resolution every form shares.
#include "kg/query/binder.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <boost/variant/apply_visitor.hpp>

#include "kg/base/unicode.h"
#include "kg/storage/key_codec.h"
#include "parser/parse.h"
#include "parser/printer.h"

namespace kg {

namespace ast = parser::ast;

const std::map<std::string, std::string>& KnownPrefixes() {
  static const std::map<std::string, std::string> kPrefixes = {
      {"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
      {"rdfs", "http://www.w3.org/2000/01/rdf-schema#"},
      {"xsd", "http://www.w3.org/2001/XMLSchema#"},
      {"owl", "http://www.w3.org/2002/07/owl#"},
      {"schema", "http://schema.org/"},
      {"foaf", "http://xmlns.com/foaf/0.1/"},
      {"dc", "http://purl.org/dc/elements/1.1/"},
      {"dcterms", "http://purl.org/dc/terms/"},
      {"skos", "http://www.w3.org/2004/02/skos/core#"},
      {"wd", "http://www.wikidata.org/entity/"},
      {"wdt", "http://www.wikidata.org/prop/direct/"},
      {"kg", kKgNs},
  };
  return kPrefixes;
}

namespace {

// Names longer than this get no "did you mean" (the edit distance would cost more than it
// helps) and are shortened in messages.
constexpr size_t kMaxSuggestLength = 200;

// "aaaa…" with the length, so one error stays one readable line whatever was typed.
std::string Abbreviated(const std::string& name) {
  std::vector<char32_t> cps = kg::ToCodePoints(name);
  if (cps.size() <= 80) return name;
  return kg::FromCodePoints(cps, 0, 60) + "\xE2\x80\xA6 (" + std::to_string(cps.size()) + " characters)";
}

std::string Trim(std::string s) {
  auto not_space = [](unsigned char c) { return !std::isspace(c); };
  s.erase(s.begin(), std::find_if(s.begin(), s.end(), not_space));
  s.erase(std::find_if(s.rbegin(), s.rend(), not_space).base(), s.end());
  return s;
}

// Quotes a user might put around a name in a question: "X", 'X', “X”, ‘X’.
std::string StripQuotes(std::string s) {
  s = Trim(std::move(s));
  const char* pairs[][2] = {{"\"", "\""}, {"'", "'"}, {"\xE2\x80\x9C", "\xE2\x80\x9D"},
                            {"\xE2\x80\x98", "\xE2\x80\x99"}};
  for (auto& p : pairs) {
    size_t a = std::strlen(p[0]), b = std::strlen(p[1]);
    if (s.size() >= a + b && s.compare(0, a, p[0]) == 0 &&
        s.compare(s.size() - b, b, p[1]) == 0) {
      return Trim(s.substr(a, s.size() - a - b));
    }
  }
  return s;
}

std::optional<std::string> ExpandPrefixed(const std::string& prefix, const std::string& local) {
  auto it = KnownPrefixes().find(prefix);
  if (it == KnownPrefixes().end()) return std::nullopt;
  return it->second + local;
}

// Datatype as written after ^^: an IRI (brackets already stripped) or a prefixed name.
std::string ExpandDatatype(const std::string& dt) {
  size_t colon = dt.find(':');
  if (colon != std::string::npos) {
    auto expanded = ExpandPrefixed(dt.substr(0, colon), dt.substr(colon + 1));
    if (expanded) return *expanded;
  }
  return dt;
}

// Edits between two names, where swapping two neighbouring letters ("Kakoa") is one edit,
// as typing slips make it (optimal string alignment distance).
int EditDistance(const std::vector<char32_t>& a, const std::vector<char32_t>& b) {
  std::vector<int> before(b.size() + 1), prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = static_cast<int>(i);
    for (size_t j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1])});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        cur[j] = std::min(cur[j], before[j - 2] + 1);
      }
    }
    std::swap(before, prev);
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

// The candidates nearest a misspelt word, as a did-you-mean offers them: within a third of its
// letters (at least `min_edits`), the fewest edits, ties kept in the order offered.
template <typename T>
class Nearest {
 public:
  Nearest(std::vector<char32_t> target, int min_edits)
      : target_(std::move(target)),
        threshold_(std::max<int>(min_edits, static_cast<int>(target_.size()) / 3)),
        best_(threshold_ + 1) {}
  void Offer(const std::string& candidate, const T& payload) {
    int d = EditDistance(target_, kg::ToCodePoints(candidate));
    if (d < best_) {
      best_ = d;
      found_ = {payload};
    } else if (d == best_ && std::find(found_.begin(), found_.end(), payload) == found_.end()) {
      found_.push_back(payload);
    }
  }
  bool found() const { return best_ <= threshold_; }
  const std::vector<T>& best() const { return found_; }

 private:
  std::vector<char32_t> target_;
  int threshold_;
  int best_;
  std::vector<T> found_;
};

}  // namespace

Binder::Binder(const ReadView& view, const ingest::RelationVocabulary& vocabulary, TermText& text,
               const QuestionLexicon* lexicon)
    : view_(view), vocab_(vocabulary), text_(text), lexicon_(lexicon) {}

Result<const QuestionLexicon*> Binder::Lexicon() {
  if (lexicon_) return lexicon_;
  Result<std::unique_ptr<QuestionLexicon>> built = QuestionLexicon::Build(vocab_);
  if (!built.ok()) return built.status();
  own_lexicon_ = std::move(built).value();
  lexicon_ = own_lexicon_.get();
  return lexicon_;
}

SoundAlikeNames& Binder::SoundNames() {
  if (!sound_names_) {
    Result<const QuestionLexicon*> lexicon = Lexicon();
    const NameWords* words = lexicon.ok() ? &(*lexicon)->grammar().name_words : nullptr;
    sound_names_ = std::make_unique<SoundAlikeNames>(view_, text_, words);
  }
  return *sound_names_;
}

Status Binder::ErrorAt(Status status, const x3::position_tagged& node) const {
  if (status.ok()) return status;
  Location where;
  where.file = source_;
  if (node.id_first >= 0) {
    where.offset = node.id_first;
    kg::LineColumn(query_text_, static_cast<size_t>(node.id_first), &where.line,
                       &where.column);
  }
  return status.WithLocation(where);
}

int Binder::Var(BoundQuery* out, const std::string& name) {
  auto it = std::find(out->var_names.begin(), out->var_names.end(), name);
  if (it != out->var_names.end()) return static_cast<int>(it - out->var_names.begin());
  out->var_names.push_back(name);
  return static_cast<int>(out->var_names.size() - 1);
}

std::string Binder::DidYouMean(const std::string& folded) const {
  std::vector<char32_t> target = kg::ToCodePoints(folded);
  if (target.empty() || target.size() > kMaxSuggestLength) return "";
  // Names: one slip in three letters, at least one.
  Nearest<TermId> nearest(target, 1);
  for (size_t prefix_len : {size_t{3}, size_t{2}, size_t{1}}) {
    if (prefix_len > target.size()) continue;
    std::string prefix = kg::FromCodePoints(target, 0, prefix_len);
    std::vector<std::pair<std::string, TermId>> names;
    if (!view_.ListNames(prefix, 2000, &names).ok()) break;
    for (const auto& [name, id] : names) nearest.Offer(name, id);
    if (nearest.found()) break;
  }
  if (!nearest.found()) return "";
  std::vector<std::string> shown;
  for (TermId id : nearest.best()) {
    Result<std::string> d = text_.Display(id);
    if (d.ok() && std::find(shown.begin(), shown.end(), *d) == shown.end()) shown.push_back(*d);
    if (shown.size() == 3) break;
  }
  std::string out;
  for (size_t i = 0; i < shown.size(); ++i) {
    out += (i == 0 ? "" : i + 1 == shown.size() ? " or " : ", ") + shown[i];
  }
  return out;
}

Result<std::vector<TermId>> Binder::ResolveName(const std::string& raw,
                                                const x3::position_tagged& node,
                                                BoundQuery* out) {
  std::string name = StripQuotes(raw);
  while (!name.empty() && std::strchr(".!?,;", name.back())) name.pop_back();
  name = Trim(name);
  auto lookup = [&](const std::string& n) -> Result<std::vector<TermId>> {
    std::vector<TermId> ids, entities;
    KG_RETURN_IF_ERROR(view_.FindByFoldedName(kg::FoldName(n), &ids));
    for (TermId id : ids) {
      Result<const Term*> t = text_.Get(id);
      if (!t.ok()) continue;
      if ((*t)->kind == TermKind::kEntity || (*t)->kind == TermKind::kBlank) entities.push_back(id);
    }
    return entities;
  };
  // An IRI where a name goes: "about <http://example.org/e/1>".
  if (name.size() > 2 && name.front() == '<' && name.back() == '>') {
    Result<TermId> id = view_.FindIri(name.substr(1, name.size() - 2));
    if (!id.ok()) return id.status();
    if (id->valid()) return std::vector<TermId>{*id};
    return ErrorAt(Status::NotFound("no entity " + Abbreviated(name) + " in the graph"), node);
  }
  Result<std::vector<TermId>> ids = lookup(name);
  if (!ids.ok()) return ids;
  if (!ids->empty()) return ids;
  // "the Six Little Tigers" -> "Six Little Tigers"
  std::string folded = kg::FoldName(name);
  for (const char* article : {"the ", "a ", "an "}) {
    if (folded.rfind(article, 0) == 0) {
      std::string rest = Trim(name.substr(std::strlen(article)));
      Result<std::vector<TermId>> again = lookup(rest);
      if (!again.ok()) return again;
      if (!again->empty()) return again;
      folded = kg::FoldName(rest);
    }
  }
  // A Latin name written with letters the graph's spelling leaves plain: Wrocław for Wroclaw.
  std::vector<char32_t> letters = kg::ToCodePoints(name);
  bool accented_latin =
      std::any_of(letters.begin(), letters.end(), [](char32_t c) { return c >= 0x80; }) &&
      std::none_of(letters.begin(), letters.end(),
                   [](char32_t c) { return c >= 0x80 && kg::ScriptOf(c) != kg::Script::kLatin; });
  if (accented_latin) {
    Result<std::vector<TermId>> plain = lookup(kg::Romanize(name));
    if (!plain.ok()) return plain;
    if (!plain->empty()) return plain;
  }
  // An English spelling of a name the graph has in Hangul: Celltrion for 셀트리온.
  Result<std::vector<TermId>> heard = SoundNames().Find(name);
  if (!heard.ok()) return heard;
  if (!heard->empty()) {
    Result<std::string> shown = text_.Display(heard->front());
    if (out && shown.ok()) out->notes.push_back("'" + name + "' read as " + *shown);
    return heard;
  }
  std::string suggestion = DidYouMean(folded);
  std::string message = "no entity '" + Abbreviated(name) + "'";
  if (!suggestion.empty()) message += " \xE2\x80\x94 did you mean " + suggestion + "?";
  return ErrorAt(Status::NotFound(message), node);
}

Result<std::vector<std::vector<TermId>>> Binder::ResolveNames(const std::string& text,
                                                              const x3::position_tagged& node,
                                                              BoundQuery* out) {
  // The whole text first: "Johnson and Johnson" may be one name.
  Result<std::vector<TermId>> whole = ResolveName(text, node, out);
  if (whole.ok()) return std::vector<std::vector<TermId>>{*whole};
  // Then a list: "Amazon and Microsoft", "A, B and C", "A 및 B".
  std::vector<std::string> parts;
  std::string rest = text;
  for (const char* sep : {", and ", ", ", " and ", " & ", " 및 ", "와 ", "과 "}) {
    std::vector<std::string> next;
    std::vector<std::string> input = parts.empty() ? std::vector<std::string>{rest} : parts;
    for (const std::string& piece : input) {
      size_t start = 0, pos;
      while ((pos = piece.find(sep, start)) != std::string::npos) {
        next.push_back(piece.substr(start, pos - start));
        start = pos + std::strlen(sep);
      }
      next.push_back(piece.substr(start));
    }
    parts = next;
  }
  if (parts.size() < 2) return whole.status();
  std::vector<std::vector<TermId>> out_ids;
  for (const std::string& part : parts) {
    Result<std::vector<TermId>> ids = ResolveName(part, node, out);
    if (!ids.ok()) return ids.status();
    out_ids.push_back(*ids);
  }
  return out_ids;
}

TermId Binder::RelationId(const std::string& id) {
  Result<TermId> r = view_.FindRelation(id);
  return r.ok() ? *r : TermId();
}

std::vector<TermId> Binder::RelationIds(const ingest::RelationDef& def, bool with_answers_also) {
  std::vector<TermId> ids;
  if (TermId id = RelationId(def.id); id.valid()) ids.push_back(id);
  if (with_answers_also) {
    for (const std::string& other : def.answers_also) {
      if (TermId id = RelationId(other); id.valid()) ids.push_back(id);
    }
  }
  return ids;
}

Result<TermId> Binder::LiteralId(const Literal& lit) { return view_.FindLiteral(lit); }

Result<Slot> Binder::EntitySlot(const ast::Term& term, BoundQuery* out, bool object_position) {
  struct Visitor {
    Binder* b;
    BoundQuery* out;
    bool object_position;
    using result_type = Result<Slot>;
    Result<Slot> operator()(const ast::Variable& v) const { return Slot::Var(b->Var(out, v.name)); }
    Result<Slot> operator()(const ast::Iri& iri) const { return Iri(iri.value, iri); }
    Result<Slot> Iri(const std::string& iri, const x3::position_tagged& node) const {
      Result<TermId> id = b->view_.FindIri(iri);
      if (!id.ok()) return id.status();
      if (!id->valid()) out->notes.push_back("no entity <" + iri + "> in the graph");
      return Slot::Const(id->valid() ? std::vector<TermId>{*id} : std::vector<TermId>{});
    }
    Result<Slot> operator()(const ast::PrefixedName& p) const {
      auto iri = ExpandPrefixed(p.prefix, p.local);
      if (!iri) {
        return b->ErrorAt(Status::NotFound("unknown prefix '" + p.prefix + ":'"), p);
      }
      return Iri(*iri, p);
    }
    Result<Slot> operator()(const ast::TypedLiteral& l) const {
      Literal lit{l.text, l.datatype.empty() ? "" : ExpandDatatype(l.datatype),
                  kg::FoldName(l.lang)};
      if (lit.datatype == kXsdString) lit.datatype.clear();
      Result<TermId> id = b->LiteralId(lit);
      if (!id.ok()) return id.status();
      return Slot::Const(id->valid() ? std::vector<TermId>{*id} : std::vector<TermId>{});
    }
    Result<Slot> operator()(const ast::Number& n) const {
      std::vector<TermId> ids;
      for (const char* dt : {"http://www.w3.org/2001/XMLSchema#integer",
                             "http://www.w3.org/2001/XMLSchema#decimal", ""}) {
        Result<TermId> id = b->LiteralId(Literal{n.text, dt, ""});
        if (!id.ok()) return id.status();
        if (id->valid()) ids.push_back(*id);
      }
      return Slot::Const(ids);
    }
    Result<Slot> operator()(const ast::Name& n) const {
      Result<std::vector<TermId>> ids = b->ResolveName(n.text, n, out);
      if (ids.ok()) return Slot::Const(*ids);
      if (object_position) {
        // A value written as a name: "2025-01-20", "planned".
        Result<TermId> lit = b->LiteralId(Literal{n.text, "", ""});
        if (lit.ok() && lit->valid()) return Slot::Const({*lit});
      }
      return ids.status();
    }
  };
  return boost::apply_visitor(Visitor{this, out, object_position}, term);
}

Result<Slot> Binder::RelationSlot(const ast::Term& term, BoundQuery* out, bool* label, bool* swap,
                                  bool* symmetric) {
  *label = *swap = *symmetric = false;
  auto by_iri = [&](const std::string& iri, const x3::position_tagged& node) -> Result<Slot> {
    if (iri == kRdfsLabel) {
      *label = true;
      return Slot::Const({});
    }
    std::string value;
    Status s = view_.Get(Cf::kNames, PredicateIriKey(iri), &value);
    if (s.IsNotFound()) {
      out->notes.push_back("no relation <" + iri + "> in the graph");
      return Slot::Const({});
    }
    KG_RETURN_IF_ERROR(s);
    return Slot::Const({TermId(GetBigEndian64(value.data()))});
  };
  if (const auto* v = boost::get<ast::Variable>(&term)) return Slot::Var(Var(out, v->name));
  if (const auto* iri = boost::get<ast::Iri>(&term)) return by_iri(iri->value, *iri);
  if (const auto* p = boost::get<ast::PrefixedName>(&term)) {
    auto iri = ExpandPrefixed(p->prefix, p->local);
    if (!iri) return ErrorAt(Status::NotFound("unknown prefix '" + p->prefix + ":'"), *p);
    return by_iri(*iri, *p);
  }
  const auto* n = boost::get<ast::Name>(&term);
  if (!n) {
    return Status::InvalidArgument("a relation must be a name, a variable or an IRI");
  }
  const std::string& name = n->text;
  if (name == "label") {
    *label = true;
    return Slot::Const({});
  }
  if (const ingest::RelationDef* def = vocab_.Find(name)) *symmetric = def->symmetric;
  if (TermId id = RelationId(name); id.valid()) return Slot::Const({id});
  // An inverse label ("has_member") reads the relation backwards.
  for (const ingest::RelationDef& def : vocab_.relations()) {
    if (def.inverse == name && def.inverse != def.id) {
      *swap = true;
      *symmetric = def.symmetric;
      TermId id = RelationId(def.id);
      return Slot::Const(id.valid() ? std::vector<TermId>{id} : std::vector<TermId>{});
    }
  }
  if (vocab_.Find(name)) return Slot::Const({});  // known relation, no facts yet
  // Suggest a relation id.
  std::vector<std::string> candidates;
  for (const ingest::RelationDef& def : vocab_.relations()) candidates.push_back(def.id);
  GraphStats stats;
  if (view_.GetStats(&stats).ok()) {
    for (const auto& [rel, count] : stats.per_relation) candidates.push_back(rel);
  }
  std::vector<char32_t> target = kg::ToCodePoints(kg::FoldName(name));
  if (target.size() > kMaxSuggestLength) candidates.clear();
  // Relation ids are written from memory (invest_in, partner_with): two slips at least.
  Nearest<std::string> nearest(target, 2);
  for (const std::string& c : candidates) nearest.Offer(kg::FoldName(c), c);
  std::string best = nearest.found() ? nearest.best().front() : "";
  std::string message = "no relation '" + Abbreviated(name) + "'";
  if (!best.empty()) message += " \xE2\x80\x94 did you mean " + best + "?";
  return ErrorAt(Status::NotFound(message + " (.relations lists them)"), *n);
}

Result<Slot> Binder::QualifierSlot(const std::string& key, const ast::Term& term,
                                   BoundQuery* out) {
  if (const auto* v = boost::get<ast::Variable>(&term)) return Slot::Var(Var(out, v->name));
  std::vector<TermId> ids;
  std::string text;
  if (const auto* n = boost::get<ast::Name>(&term)) text = n->text;
  if (const auto* num = boost::get<ast::Number>(&term)) text = num->text;
  if (!text.empty()) {
    // Entities (a place, an event) and plain or numeric values.
    std::vector<TermId> named;
    KG_RETURN_IF_ERROR(view_.FindByFoldedName(kg::FoldName(text), &named));
    ids = named;
    for (const char* dt : {"", "http://www.w3.org/2001/XMLSchema#integer",
                           "http://www.w3.org/2001/XMLSchema#decimal",
                           "http://www.w3.org/2001/XMLSchema#date"}) {
      Result<TermId> id = LiteralId(Literal{text, dt, ""});
      if (!id.ok()) return id.status();
      if (id->valid()) ids.push_back(*id);
    }
    return Slot::Const(ids);
  }
  Result<Slot> slot = EntitySlot(term, out, true);
  return slot;
}

Status Binder::BindPath(const ast::PathQuery& q, BoundQuery* out) {
  out->kind = BoundQuery::Kind::kPath;
  for (const auto* term : {&q.from, &q.to}) {
    if (boost::get<ast::Variable>(term)) {
      return Status::InvalidArgument("path needs two names: path A -> B");
    }
    Result<Slot> s = EntitySlot(*term, out, false);
    if (!s.ok()) return s.status();
    (term == &q.from ? out->path_from : out->path_to) = s->ids;
  }
  if (q.max_hops) {
    if (*q.max_hops < 1 || *q.max_hops > 8) {
      return ErrorAt(Status::InvalidArgument("max hops must be between 1 and 8"), q);
    }
    out->max_hops = *q.max_hops;
  }
  out->columns = {"hops", "path"};
  return Status::OK();
}

Result<BoundQuery> Binder::Bind(const ast::Query& query, std::string_view query_text,
                                const std::string& source) {
  query_text_ = query_text;
  source_ = source;
  BoundQuery out;
  out.text = std::string(query_text);
  Status s;
  if (const auto* p = boost::get<ast::PatternQuery>(&query)) {
    s = BindPattern(*p, &out);
  } else if (const auto* path = boost::get<ast::PathQuery>(&query)) {
    s = BindPath(*path, &out);
  } else if (const auto* q = boost::get<ast::Question>(&query)) {
    s = BindQuestion(*q, &out);
    out.question = true;
  } else {
    s = Status::InvalidArgument("dot-commands are not queries");
  }
  if (!s.ok()) {
    if (s.location().file.empty() && s.location().line == 0) {
      Location where;
      where.file = source_;
      where.line = 1;
      where.column = 1;
      s = s.WithLocation(where);
    }
    return s;
  }
  return out;
}

}  // namespace kg
