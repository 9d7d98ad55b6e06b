// The paraphrase measurement of paraphrase_set.h: gold facts in through GraphWriter (no
// extraction involved, so it measures question understanding only), questions out through
// Engine::Query.
#include "tests/support/paraphrase_set.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <set>

#include "ingest/relations.h"
#include "ingest/values.h"
#include "kg/base/json_file.h"
#include "kg/base/model.h"
#include "kg/base/unicode.h"
#include "kg/engine.h"
#include "kg/storage/graph_writer.h"
#include "kg/storage/store.h"

namespace kg::testing {

namespace {

using nlohmann::json;

bool HasHangul(const std::string& s) {
  for (char32_t c : kg::ToCodePoints(s)) {
    if (kg::IsHangulSyllable(c)) return true;
  }
  return false;
}

// A date as the extractor writes it: ISO, partial allowed ("2025-01", "2025", "--01-20").
Literal DateValue(const std::string& text) {
  int y = 0, m = 0, d = 0;
  if (text.rfind("--", 0) == 0) {
    std::sscanf(text.c_str(), "--%d-%d", &m, &d);
  } else {
    std::sscanf(text.c_str(), "%d-%d-%d", &y, &m, &d);
  }
  if (y == 0 && m == 0) return Literal{text, "", ""};
  const char* dt = y && m && d ? ingest::kXsdDate
                   : y && m    ? ingest::kXsdGYearMonth
                   : y         ? ingest::kXsdGYear
                               : ingest::kXsdGMonthDay;
  return Literal{text, dt, ""};
}

std::string AmountText(const json& amount) {
  double number = amount.at("number").get<double>();
  char buf[64];
  if (std::fabs(number - std::round(number)) < 1e-6) {
    std::snprintf(buf, sizeof(buf), "%.0f", number);
  } else {
    std::snprintf(buf, sizeof(buf), "%.2f", number);
  }
  return std::string(buf) + " " + amount.value("unit", "");
}

std::string NumberText(double n) {
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%g", n);
  return buf;
}

// A value object of the gold format ({"date": ...}, {"amount": ...}, {"percent": ...},
// {"string": ...}) as kg's literal.
Literal ValueLiteral(const json& v) {
  if (v.contains("date")) return DateValue(v.at("date").get<std::string>());
  if (v.contains("amount")) return Literal{AmountText(v.at("amount")), kKgAmount, ""};
  if (v.contains("percent")) return Literal{NumberText(v.at("percent").get<double>()), kKgPercent, ""};
  if (v.contains("string")) return Literal{v.at("string").get<std::string>(), "", ""};
  return Literal{v.dump(), "", ""};
}

class GoldLoader {
 public:
  GoldLoader(Store* store, const ingest::RelationVocabulary& vocab) : store_(store), vocab_(vocab) {}

  Status LoadFile(const json& gold, const std::string& doc) {
    GraphWriter w(store_);
    std::map<std::string, TermId> entities;
    for (const json& e : gold.value("entities", json::array())) {
      std::vector<Alias> aliases;
      for (const json& a : e.value("aliases", json::array())) {
        std::string text = a.get<std::string>();
        aliases.push_back(Alias{text, HasHangul(text) ? "ko" : "en"});
      }
      std::string name = e.at("name").get<std::string>();
      Result<TermId> id =
          w.ResolveEntity(EntitySpec{name, e.value("type", ""), aliases, false, false}, doc);
      if (!id.ok()) return id.status();
      entities[name] = *id;
    }
    std::function<Result<TermId>(const std::string&)> entity =
        [&](const std::string& name) -> Result<TermId> {
      auto it = entities.find(name);
      if (it != entities.end()) return it->second;
      Result<TermId> id = w.ResolveEntity(EntitySpec{name, "", {}, false, false}, doc);
      if (id.ok()) entities[name] = *id;
      return id;
    };
    int max_line = 1;
    for (const json& f : gold.value("facts", json::array())) {
      std::string relation = f.at("relation").get<std::string>();
      if (!vocab_.Find(relation)) continue;  // a proposed relation: not asked about
      FactSpec spec;
      Result<TermId> s = entity(f.at("subject").get<std::string>());
      if (!s.ok()) return s.status();
      spec.subject = *s;
      Result<TermId> r = w.Relation(relation);
      if (!r.ok()) return r.status();
      spec.relation = *r;
      const json& o = f.at("object");
      Result<TermId> obj = o.is_string() ? entity(o.get<std::string>())
                                         : w.LiteralTerm(ValueLiteral(o), doc);
      if (!obj.ok()) return obj.status();
      spec.object = *obj;
      KG_RETURN_IF_ERROR(Qualifiers(f.value("qualifiers", json::object()), doc, &w, entity, &spec));
      int line = f.value("lines", json::array({1})).at(0).get<int>();
      max_line = std::max(max_line, line);
      spec.evidence = Evidence{doc, line, 0, 0, "gold " + f.at("id").get<std::string>()};
      Result<FactId> added = w.AddFact(spec);
      if (!added.ok()) return added.status();
    }
    Document d;
    d.id = doc;
    d.path = gold.value("document", doc);
    d.hash = doc;
    d.sentences = max_line;
    std::vector<std::string> sentences(max_line);
    for (int i = 0; i < max_line; ++i) sentences[i] = doc + " line " + std::to_string(i + 1);
    KG_RETURN_IF_ERROR(w.PutDocument(d, sentences));
    return w.Commit();
  }

 private:
  Status Qualifiers(const json& q, const std::string& doc, GraphWriter* w,
                    const std::function<Result<TermId>(const std::string&)>& entity,
                    FactSpec* spec) {
    for (const auto& [key, value] : q.items()) {
      Result<TermId> id = TermId();
      if (key == "negated") {
        spec->negated = value.get<bool>();
        continue;
      } else if (key == "amount") {
        id = w->LiteralTerm(Literal{AmountText(value), kKgAmount, ""}, doc);
      } else if (key == "date") {
        id = w->LiteralTerm(DateValue(value.get<std::string>()), doc);
      } else if (key == "rank" && value.is_number()) {
        id = w->LiteralTerm(Literal{std::to_string(value.get<int>()), ingest::kXsdInteger, ""}, doc);
      } else if (key == "percent") {
        id = w->LiteralTerm(Literal{NumberText(value.get<double>()), kKgPercent, ""}, doc);
      } else if (key == "place") {
        id = entity(value.get<std::string>());
      } else {
        id = w->LiteralTerm(Literal{value.is_string() ? value.get<std::string>() : value.dump(), "", ""}, doc);
      }
      if (!id.ok()) return id.status();
      spec->qualifiers[key] = *id;
    }
    return Status::OK();
  }

  Store* store_;
  const ingest::RelationVocabulary& vocab_;
};

// run.py's fold(): NFKC, case folded, a leading article dropped, spaces and joiners removed.
std::string Fold(const std::string& s) {
  std::string f = kg::FoldName(kg::Nfkc(s));
  for (const char* article : {"the ", "a ", "an "}) {
    if (f.rfind(article, 0) == 0) f = f.substr(std::string(article).size());
  }
  std::string out;
  for (char32_t c : kg::ToCodePoints(f)) {
    if (kg::IsWhiteSpace(c) || c == U'-' || c == U'_' || c == U'.' || c == U'\u00B7' ||
        c == U'\'' || c == U'\u2019' || c == U'"') {
      continue;
    }
    kg::AppendUtf8(&out, c);
  }
  return out;
}

// "40000000000 USD" -> (4e10, "USD"); false when the text is not a number with a unit.
bool ParseAmount(const std::string& text, double* number, std::string* unit) {
  std::string digits;
  size_t i = 0;
  while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == '.' ||
                             text[i] == ',')) {
    if (text[i] != ',') digits += text[i];
    ++i;
  }
  if (digits.empty()) return false;
  while (i < text.size() && text[i] == ' ') ++i;
  *unit = text.substr(i);
  for (char& c : *unit) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (unit->find(' ') != std::string::npos) return false;
  *number = std::atof(digits.c_str());
  return true;
}

bool ValueMatches(const std::string& want, const std::string& got) {
  if (Fold(want) == Fold(got)) return true;
  double a, b;
  std::string ua, ub;
  if (ParseAmount(want, &a, &ua) && ParseAmount(got, &b, &ub) && ua == ub && !ua.empty()) {
    return std::fabs(a - b) <= 0.011 * std::max(a, 1.0);
  }
  return false;
}

}  // namespace

Result<std::set<std::string>> ParaphraseDocuments(const std::string& paraphrases_json) {
  Result<json> set = ReadJsonFile(paraphrases_json);
  if (!set.ok()) return set.status();
  std::set<std::string> docs;
  try {
    for (const json& q : *set) {
      for (const json& f : q.value("facts", json::array())) {
        std::string ref = f.get<std::string>();
        docs.insert(ref.substr(0, ref.find('#')));
      }
    }
  } catch (const json::exception& e) {
    return Status::ParseError(paraphrases_json + ": " + e.what());
  }
  return docs;
}

Status BuildGoldGraph(const std::string& gold_dir, const std::string& db,
                      const std::set<std::string>& documents) {
  Result<ingest::RelationVocabulary> vocab = ingest::RelationVocabulary::Default();
  if (!vocab.ok()) return vocab.status();
  Store::OpenOptions o;
  o.mode = Store::Mode::kReadWrite;
  o.create_if_missing = true;
  auto store = Store::Open(db, o);
  if (!store.ok()) return store.status();
  GoldLoader loader(store->get(), *vocab);
  std::vector<std::filesystem::path> files;
  for (const char* lang : {"ko", "en"}) {
    std::filesystem::path dir = std::filesystem::path(gold_dir) / lang;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
      if (entry.path().extension() == ".json") files.push_back(entry.path());
    }
    if (ec) return Status::IOError("cannot list " + dir.string() + ": " + ec.message());
  }
  std::sort(files.begin(), files.end());
  for (const auto& path : files) {
    Result<json> gold = ReadJsonFile(path.string());
    if (!gold.ok()) return gold.status();
    if (gold->value("set", "") != "dev") continue;
    if (!documents.empty() && !documents.count(path.stem().string())) continue;
    try {
      KG_RETURN_IF_ERROR(loader.LoadFile(*gold, path.stem().string()));
    } catch (const json::exception& e) {
      return Status::ParseError(path.string() + ": " + e.what());
    }
  }
  return Status::OK();
}

double ParaphraseReport::Accuracy(const std::string& lang) const {
  auto it = by_lang.find(lang);
  if (it == by_lang.end() || it->second.second == 0) return 0;
  return static_cast<double>(it->second.first) / it->second.second;
}

Result<ParaphraseReport> AskParaphrases(const std::string& db,
                                        const std::string& paraphrases_json) {
  Result<json> set = ReadJsonFile(paraphrases_json);
  if (!set.ok()) return set.status();
  Engine::OpenOptions open;
  open.db = db;
  Result<std::unique_ptr<Engine>> engine = Engine::Open(open);
  if (!engine.ok()) return engine.status();
  QueryOptions options;
  options.with_facts = true;
  ParaphraseReport report;
  try {
    for (const json& q : *set) {
      ParaphraseOutcome out;
      out.id = q.at("id").get<std::string>();
      out.lang = q.at("lang").get<std::string>();
      out.form = q.value("form", "");
      out.relation = q.value("relation", "");
      out.question = q.at("question").get<std::string>();
      out.expected = q.at("answers").get<std::vector<std::string>>();
      std::vector<std::string> acceptable = out.expected;
      for (const json& a : q.value("also_acceptable", json::array())) {
        acceptable.push_back(a.get<std::string>());
      }
      Result<ResultSet> r = (*engine)->Query(out.question, options);
      std::vector<std::vector<TermId>> want_ids;
      auto match = [&](const std::string& want, const Cell& cell) {
        if (ValueMatches(want, cell.text)) return true;
        if (cell.kind != Cell::Kind::kEntity) return false;
        Result<std::vector<TermId>> ids = (*engine)->FindEntities(want);
        return ids.ok() && std::find(ids->begin(), ids->end(), cell.id) != ids->end();
      };
      if (!r.ok()) {
        out.got = {"error: " + r.status().message()};
      } else {
        std::vector<const Cell*> cells;
        for (const auto& row : r->rows) {
          if (!row.empty()) cells.push_back(&row[0]);
        }
        for (const Cell* c : cells) out.got.push_back(c->text);
        bool all_found = std::all_of(out.expected.begin(), out.expected.end(), [&](const std::string& w) {
          return std::any_of(cells.begin(), cells.end(), [&](const Cell* c) { return match(w, *c); });
        });
        bool none_outside = std::all_of(cells.begin(), cells.end(), [&](const Cell* c) {
          return std::any_of(acceptable.begin(), acceptable.end(),
                             [&](const std::string& w) { return match(w, *c); });
        });
        out.correct = all_found && none_outside;
      }
      auto& lang = report.by_lang[out.lang];
      auto& form = report.by_form[out.lang + " " + out.form];
      lang.second++;
      form.second++;
      if (out.correct) {
        lang.first++;
        form.first++;
      }
      report.outcomes.push_back(std::move(out));
    }
  } catch (const json::exception& e) {
    return Status::ParseError(paraphrases_json + ": " + e.what());
  }
  return report;
}

}  // namespace kg::testing
