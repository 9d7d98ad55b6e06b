// Loading and merging lexicons; countries from ICU.
#include "ingest/lexicon.h"

#include <fstream>

#include "ingest/data_files.h"
#include "kg/base/json_file.h"
#include "kg/base/unicode.h"

namespace kg::ingest {

namespace {

// Region codes that are not countries or that nobody writes about as one.
bool SkipRegion(const std::string& code) {
  return code == "AQ" || code == "UM" || code == "ZZ" || code == "QO" || code == "XK";
}

}  // namespace

Result<LexiconEntry> Lexicon::EntryFromJson(const nlohmann::json& j, const std::string& where) {
  LexiconEntry e;
  try {
    if (!j.is_object()) return Status::ParseError(where + ": an entry must be an object");
    e.name = j.at("name").get<std::string>();
    if (e.name.empty() || FindInvalidUtf8(e.name) >= 0) {
      return Status::ParseError(where + ": 'name' must be non-empty UTF-8");
    }
    e.name = Nfc(e.name);
    e.type = j.value("type", "");
    if (j.contains("aliases")) {
      const auto& al = j.at("aliases");
      if (al.is_object()) {
        for (const auto& [lang, list] : al.items()) {
          if (!list.is_array()) {
            return Status::ParseError(where + ": aliases." + lang + " must be a list of strings");
          }
          for (const auto& a : list) e.aliases.push_back(Alias{Nfc(a.get<std::string>()), lang});
        }
      } else if (al.is_array()) {
        for (const auto& a : al) e.aliases.push_back(Alias{Nfc(a.get<std::string>()), ""});
      } else {
        return Status::ParseError(where + ": 'aliases' must be an object of lists or a list");
      }
    }
  } catch (const nlohmann::json::exception& ex) {
    std::string what = ex.what();
    size_t cut = what.find("] ");
    return Status::ParseError(where + ": " + (cut == std::string::npos ? what : what.substr(cut + 2)));
  }
  return e;
}

nlohmann::json Lexicon::EntryToJson(const LexiconEntry& e) {
  nlohmann::json j = {{"name", e.name}};
  if (!e.type.empty()) j["type"] = e.type;
  nlohmann::json aliases = nlohmann::json::object();
  for (const Alias& a : e.aliases) aliases[a.lang.empty() ? "und" : a.lang].push_back(a.text);
  if (!e.aliases.empty()) j["aliases"] = aliases;
  return j;
}

Result<Lexicon> Lexicon::Parse(const std::string& text, const std::string& source) {
  Result<nlohmann::json> doc = ParseJson(text, source);
  if (!doc.ok()) return doc.status();
  if (!doc->is_object() || !doc->contains("entities") || !doc->at("entities").is_array()) {
    return Status::ParseError(source + ": a lexicon is an object with an \"entities\" list");
  }
  Lexicon lex;
  const auto& entities = doc->at("entities");
  for (size_t i = 0; i < entities.size(); ++i) {
    Result<LexiconEntry> e =
        EntryFromJson(entities[i], source + ": entities[" + std::to_string(i) + "]");
    if (!e.ok()) return e.status();
    lex.Add(std::move(e).value());
  }
  try {
    if (doc->contains("country_aliases")) {
      for (const auto& [code, list] : doc->at("country_aliases").items()) {
        lex.country_aliases_[code] = list.get<std::vector<std::string>>();
      }
    }
    if (doc->contains("country_names")) {
      for (const auto& [code, name] : doc->at("country_names").items()) {
        lex.country_names_[code] = name.get<std::string>();
      }
    }
    if (doc->contains("compound_abbreviations")) {
      for (const auto& [syl, code] : doc->at("compound_abbreviations").items()) {
        if (syl != "about") lex.abbreviations_[syl] = code.get<std::string>();
      }
    }
    if (doc->contains("classifiers")) {
      for (const auto& [kind, words] : doc->at("classifiers").items()) {
        if (!words.is_object()) continue;
        for (const auto& [word, type] : words.items()) lex.classifiers_[kind][word] = type.get<std::string>();
      }
    }
    if (doc->contains("transliterations")) {
      for (const auto& [word, latin] : doc->at("transliterations").items()) {
        if (word != "about") lex.transliterations_[word] = latin.get<std::string>();
      }
    }
  } catch (const nlohmann::json::exception& ex) {
    return Status::ParseError(source + ": " + ex.what());
  }
  return lex;
}

Result<Lexicon> Lexicon::Load(const std::string& path) {
  std::string text;
  KG_RETURN_IF_ERROR(ReadTextFile(path, &text));
  return Parse(text, path);
}

Result<Lexicon> Lexicon::Default() {
  std::string path = DataDir() + "/lexicon.json";
  Result<Lexicon> lex = std::ifstream(path).good()
                            ? Load(path)
                            : Parse(EmbeddedDataFile("lexicon.json"), "<built-in lexicon.json>");
  if (!lex.ok()) return lex;
  KG_RETURN_IF_ERROR(lex->AddCountries());
  return lex;
}

Status Lexicon::AddCountries() {
  for (const std::string& code : RegionCodes()) {
    if (SkipRegion(code)) continue;
    std::string en = EnglishCountryName(code);
    if (en.empty()) continue;
    auto named = country_names_.find(code);
    if (named != country_names_.end()) en = named->second;
    LexiconEntry e;
    e.name = en;
    e.type = "Country";
    std::string ko = KoreanCountryName(code);
    if (!ko.empty()) e.aliases.push_back(Alias{ko, "ko"});
    std::string icu_en = EnglishCountryName(code);
    if (icu_en != en) e.aliases.push_back(Alias{icu_en, "en"});
    auto extra = country_aliases_.find(code);
    if (extra != country_aliases_.end()) {
      for (const std::string& a : extra->second) e.aliases.push_back(Alias{a, ""});
    }
    Add(std::move(e));
    by_region_[code] = FindByName(en);
  }
  // The European Union is not in ICU's region list but writes like a country.
  int eu = FindByName("European Union");
  if (eu >= 0) by_region_["EU"] = eu;
  return Status::OK();
}

void Lexicon::Add(LexiconEntry entry) {
  std::string key = FoldName(entry.name);
  auto it = by_name_.find(key);
  if (it != by_name_.end()) {
    LexiconEntry& old = entries_[static_cast<size_t>(it->second)];
    if (!entry.type.empty()) old.type = entry.type;
    for (Alias& a : entry.aliases) {
      if (std::find(old.aliases.begin(), old.aliases.end(), a) == old.aliases.end()) {
        old.aliases.push_back(std::move(a));
      }
    }
    return;
  }
  by_name_[key] = static_cast<int>(entries_.size());
  entries_.push_back(std::move(entry));
}

void Lexicon::Merge(const Lexicon& other) {
  for (const LexiconEntry& e : other.entries_) Add(e);
  for (const auto& [k, v] : other.abbreviations_) abbreviations_[k] = v;
  for (const auto& [k, v] : other.transliterations_) transliterations_[k] = v;
  for (const auto& [kind, words] : other.classifiers_) {
    for (const auto& [w, t] : words) classifiers_[kind][w] = t;
  }
}

int Lexicon::FindByName(const std::string& name) const {
  auto it = by_name_.find(FoldName(name));
  return it == by_name_.end() ? -1 : it->second;
}

int Lexicon::Country(const std::string& region) const {
  auto it = by_region_.find(region);
  return it == by_region_.end() ? -1 : it->second;
}

int Lexicon::CompoundAbbreviation(const std::string& syllable) const {
  auto it = abbreviations_.find(syllable);
  if (it == abbreviations_.end()) return -1;
  return Country(it->second);
}

std::string Lexicon::Transliterate(const std::string& word) const {
  auto it = transliterations_.find(word);
  return it == transliterations_.end() ? std::string() : it->second;
}

std::string Lexicon::ClassifierType(const std::string& kind, const std::string& word) const {
  auto k = classifiers_.find(kind);
  if (k == classifiers_.end()) return std::string();
  auto it = k->second.find(word);
  return it == k->second.end() ? std::string() : it->second;
}

std::string Lexicon::ProductGeneration(const std::string& word) const {
  size_t digits = 0;
  while (digits < word.size() && word[digits] >= '0' && word[digits] <= '9') ++digits;
  if (digits == 0 || digits > 2) return std::string();
  std::string counter = ClassifierType("product_generation", word.substr(digits));
  return counter.empty() ? std::string() : counter + " " + word.substr(0, digits);
}

std::string Lexicon::ClassifierSuffixType(const std::string& kind, const std::string& name) const {
  std::string type;
  ClassifierSuffix(kind, name, &type);
  return type;
}

std::string Lexicon::ClassifierSuffix(const std::string& kind, const std::string& name, std::string* type) const {
  auto k = classifiers_.find(kind);
  if (k == classifiers_.end()) return std::string();
  // The longest suffix wins (행정명령 over 명령).
  std::string best_suffix;
  for (const auto& [suffix, suffix_type] : k->second) {
    if (suffix.size() > best_suffix.size() && name.size() >= suffix.size() &&
        name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0) {
      best_suffix = suffix;
      if (type) *type = suffix_type;
    }
  }
  return best_suffix;
}

}  // namespace kg::ingest
