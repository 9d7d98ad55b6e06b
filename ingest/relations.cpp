// Loading relations.json into RelationDef records, deriving regular English verb forms, and
// turning the vocabulary into the question grammar's phrase tables.
#include "ingest/relations.h"

#include <algorithm>
#include <string_view>
#include <cctype>
#include <cstring>
#include <fstream>

#include "ingest/data_files.h"
#include "kg/base/json_file.h"

namespace kg::ingest {

namespace {

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool IsVowel(char c) { return std::strchr("aeiou", c) != nullptr; }

// Phrasal verbs inflect their first word: "team up" -> "teamed up".
std::string InflectFirstWord(const std::string& phrase, std::string (*fn)(const std::string&)) {
  size_t space = phrase.find(' ');
  if (space == std::string::npos) return fn(phrase);
  return fn(phrase.substr(0, space)) + phrase.substr(space);
}

std::string PastOfWord(const std::string& w) {
  if (w.empty()) return w;
  if (w.back() == 'e') return w + "d";
  if (w.size() >= 2 && w.back() == 'y' && !IsVowel(w[w.size() - 2])) {
    return w.substr(0, w.size() - 1) + "ied";
  }
  return w + "ed";
}

std::string ThirdOfWord(const std::string& w) {
  if (w.empty()) return w;
  auto ends = [&](const char* suffix) {
    size_t n = std::strlen(suffix);
    return w.size() >= n && w.compare(w.size() - n, n, suffix) == 0;
  };
  if (ends("s") || ends("sh") || ends("ch") || ends("x") || ends("z") || ends("o")) return w + "es";
  if (w.size() >= 2 && w.back() == 'y' && !IsVowel(w[w.size() - 2])) {
    return w.substr(0, w.size() - 1) + "ies";
  }
  return w + "s";
}

std::string PluralOf(const std::string& noun) {
  if (noun.empty()) return noun;
  // Pluralise the last word ("chief executive" -> "chief executives").
  size_t space = noun.rfind(' ');
  std::string head = space == std::string::npos ? noun : noun.substr(space + 1);
  std::string prefix = space == std::string::npos ? "" : noun.substr(0, space + 1);
  return prefix + ThirdOfWord(head);
}

std::vector<std::string> Strings(const nlohmann::json& j, const char* key) {
  std::vector<std::string> out;
  if (!j.contains(key)) return out;
  for (const auto& v : j.at(key)) out.push_back(v.get<std::string>());
  return out;
}

// Stems of Korean lemmas: the noun of a 하다/되다 verb (협력하다 -> 협력), else the verb
// without 다 (손잡다 -> 손잡, "투자를 받다" -> "투자를 받").
std::vector<std::string> StemsOf(const std::vector<std::string>& lemmas) {
  std::vector<std::string> out;
  for (const std::string& l : lemmas) {
    std::string s = l;
    for (std::string_view suffix : {"하다", "되다", "시키다", "다"}) {
      if (s.size() > suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0) {
        s.resize(s.size() - suffix.size());
        break;
      }
    }
    if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
  }
  return out;
}

std::vector<VerbForm> VerbForms(const nlohmann::json& list) {
  std::vector<VerbForm> out;
  for (const auto& v : list) {
    VerbForm f;
    f.base = Lower(v.at("base").get<std::string>());
    f.past = Lower(v.value("past", RegularPast(f.base)));
    f.participle = Lower(v.value("participle", f.past));
    f.third = Lower(v.value("third", RegularThird(f.base)));
    f.prep = Lower(v.value("prep", ""));
    f.subject_is_object = v.value("subject_is", "subject") == "object";
    f.passive_voice = v.value("voice", "") == "passive";
    out.push_back(std::move(f));
  }
  return out;
}

std::vector<NounForm> NounForms(const nlohmann::json& list) {
  std::vector<NounForm> out;
  for (const auto& n : list) {
    NounForm f;
    f.singular = n.at("singular").get<std::string>();
    f.plural = n.value("plural", PluralOf(f.singular));
    f.denotes_object = n.value("denotes", "subject") == "object";
    out.push_back(std::move(f));
  }
  return out;
}

void Append(std::vector<std::string>* to, const std::vector<std::string>& from) {
  for (const std::string& s : from) {
    if (std::find(to->begin(), to->end(), s) == to->end()) to->push_back(s);
  }
}

}  // namespace

std::string RegularPast(const std::string& base) { return InflectFirstWord(base, PastOfWord); }
std::string RegularThird(const std::string& base) { return InflectFirstWord(base, ThirdOfWord); }

Result<RelationVocabulary> RelationVocabulary::Parse(const std::string& text,
                                                     const std::string& source) {
  Result<nlohmann::json> doc = ParseJson(text, source);
  if (!doc.ok()) return doc.status();
  RelationVocabulary vocab;
  size_t index = 0;
  try {
    if (doc->contains("type_words")) {
      for (const auto& [word, types] : doc->at("type_words").items()) {
        if (types.is_array()) vocab.type_words_[Lower(word)] = types.get<std::vector<std::string>>();
      }
    }
    if (doc->contains("answer_words")) {
      for (const auto& [word, kind] : doc->at("answer_words").items()) {
        if (word != "about") vocab.answer_words_[word] = kind.get<std::string>();
      }
    }
    if (doc->contains("light_verbs")) vocab.ko_light_verbs_ = Strings(doc->at("light_verbs"), "ko");
    if (doc->contains("table_headers")) {
      for (const auto& [noun, id] : doc->at("table_headers").items()) {
        if (noun != "about") vocab.table_headers_[noun] = id.get<std::string>();
      }
    }
    if (doc->contains("rules")) {
      for (const auto& [rule, id] : doc->at("rules").items()) vocab.rules_[rule] = id.get<std::string>();
    }
    for (const auto& r : doc->at("relations")) {
      RelationDef def;
      def.id = r.at("id").get<std::string>();
      def.inverse = r.value("inverse", "");
      def.symmetric = r.value("symmetric", false);
      def.where = r.value("where", false);
      def.personal = r.value("agent", "") == "person";
      std::string object = r.value("object", "entity");
      if (object == "entity") {
        def.object = ObjectKind::kEntity;
      } else if (object == "amount") {
        def.object = ObjectKind::kAmount;
      } else if (object == "date") {
        def.object = ObjectKind::kDate;
      } else if (object == "value") {
        def.object = ObjectKind::kValue;
      } else {
        return Status::ParseError(source + ": relation '" + def.id + "': unknown object kind '" +
                                  object + "' (entity, amount, date, value)");
      }
      def.subject_type = r.value("subject_type", "");
      def.object_type = r.value("object_type", "");
      def.object_type_required = r.value("object_type_required", false);
      def.answers_also = Strings(r, "answers_also");
      if (r.contains("verbs")) def.verbs = VerbForms(r.at("verbs"));
      if (r.contains("nouns")) def.nouns = NounForms(r.at("nouns"));
      if (r.contains("questions")) {
        const auto& q = r.at("questions");
        if (q.contains("verbs")) def.question_verbs = VerbForms(q.at("verbs"));
        if (q.contains("nouns")) def.question_nouns = NounForms(q.at("nouns"));
        def.ko_question_stems = StemsOf(Strings(q, "ko_lemmas"));
        def.ko_question_intransitive_stems = StemsOf(Strings(q, "ko_intransitive_lemmas"));
        def.ko_question_nouns = Strings(q, "ko_nouns");
        def.ko_question_agent_nouns = Strings(q, "ko_agent_nouns");
        def.question_rank = q.value("rank", false);
        def.question_kind = q.value("kind", false);
      }
      if (r.contains("ko")) {
        const auto& ko = r.at("ko");
        def.ko_lemmas = Strings(ko, "lemmas");
        def.ko_nouns = Strings(ko, "nouns");
        def.ko_stems = def.ko_nouns;
        Append(&def.ko_stems, StemsOf(def.ko_lemmas));
        def.ko_titles = Strings(ko, "titles");
        def.ko_title_at_organisation = ko.value("title_at_organisation", false);
        def.ko_quote_complement = ko.value("quote_complement", false);
        if (ko.contains("genitive_nouns")) {
          for (const auto& [noun, side] : ko.at("genitive_nouns").items()) {
            std::string named = side.get<std::string>();
            if (named != "subject" && named != "object") {
              return Status::ParseError(source + ": relation '" + def.id + "': genitive noun '" + noun +
                                        "' names 'subject' or 'object', not '" + named + "'");
            }
            def.ko_genitive_nouns[noun] = named == "subject";
          }
        }
        if (ko.contains("table_columns")) {
          for (const auto& [header, side] : ko.at("table_columns").items()) {
            std::string named = side.get<std::string>();
            if (named != "subject" && named != "object") {
              return Status::ParseError(source + ": relation '" + def.id + "': table column '" +
                                        header + "' names 'subject' or 'object', not '" + named +
                                        "'");
            }
            def.ko_table_columns[header] = named == "subject";
          }
        }
        def.ko_stake_nouns = Strings(ko, "stake_nouns");
        def.ko_venue_stems = StemsOf(Strings(ko, "venue_lemmas"));
        def.ko_thing_object_stems = StemsOf(Strings(ko, "thing_object_lemmas"));
        def.ko_seat_nouns = Strings(ko, "seat_nouns");
        def.ko_seat_stems = StemsOf(Strings(ko, "seat_lemmas"));
        def.ko_list_nouns = Strings(ko, "list_nouns");
        def.ko_list_ranked = ko.value("list_ranked", false);
        def.ko_object_roles = Strings(ko, "object_roles");
        def.ko_subject_roles = Strings(ko, "subject_roles");
        def.ko_inverse_stems = StemsOf(Strings(ko, "inverse_lemmas"));
        def.ko_intransitive_stems = StemsOf(Strings(ko, "intransitive_lemmas"));
        def.ko_swap_stems = StemsOf(Strings(ko, "swap_lemmas"));
        def.ko_passive_subject_roles = Strings(ko, "passive_subject_roles");
        def.ko_target_subject_stems = StemsOf(Strings(ko, "target_subject_lemmas"));
        def.ko_target_required_stems = StemsOf(Strings(ko, "target_required_lemmas"));
        if (ko.contains("lemma_objects")) {
          for (const auto& [lemma, nouns] : ko.at("lemma_objects").items()) {
            std::vector<std::string> stem = StemsOf({lemma});
            def.ko_lemma_objects[stem.front()] = nouns.get<std::vector<std::string>>();
            Append(&def.ko_stems, stem);
          }
        }
      }
      if (def.ko_subject_roles.empty()) def.ko_subject_roles = {"subject", "topic"};
      if (vocab.by_id_.count(def.id)) {
        return Status::ParseError(source + ": relation '" + def.id + "' is defined twice");
      }
      vocab.by_id_[def.id] = vocab.relations_.size();
      vocab.relations_.push_back(std::move(def));
      ++index;
    }
    for (const auto& [rule, id] : vocab.rules_) {
      if (!vocab.by_id_.count(id)) {
        return Status::ParseError(source + ": rules." + rule + ": no relation '" + id + "'");
      }
    }
    for (const auto& [noun, id] : vocab.table_headers_) {
      if (!vocab.by_id_.count(id)) {
        return Status::ParseError(source + ": table_headers." + noun + ": no relation '" + id + "'");
      }
    }
  } catch (const nlohmann::json::exception& e) {
    return Status::ParseError(source + ": relations[" + std::to_string(index) +
                              "]: " + e.what());
  }
  return vocab;
}

Result<RelationVocabulary> RelationVocabulary::Load(const std::string& path) {
  std::string text;
  KG_RETURN_IF_ERROR(ReadTextFile(path, &text));
  return Parse(text, path);
}

Result<RelationVocabulary> RelationVocabulary::Default() {
  if (const char* env = std::getenv("KG_RELATIONS"); env && *env) return Load(env);
  std::string path = DataDir() + "/relations.json";
  if (std::ifstream(path).good()) return Load(path);
  return Parse(EmbeddedDataFile("relations.json"), "<built-in relations.json>");
}

std::vector<std::string> RelationVocabulary::TypesForWord(const std::string& word) const {
  auto it = type_words_.find(Lower(word));
  return it == type_words_.end() ? std::vector<std::string>() : it->second;
}

std::string RelationVocabulary::AnswerKindForWord(const std::string& word) const {
  auto it = answer_words_.find(word);
  return it == answer_words_.end() ? std::string() : it->second;
}

const RelationDef* RelationVocabulary::ForRule(const std::string& rule) const {
  auto it = rules_.find(rule);
  return it == rules_.end() ? nullptr : Find(it->second);
}

const RelationDef* RelationVocabulary::Find(const std::string& id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : &relations_[it->second];
}

const VerbForm* RelationVocabulary::FindVerb(const RelationDef& rel, const std::string& base) {
  for (const VerbForm& v : rel.verbs) {
    if (v.base == base) return &v;
  }
  return nullptr;
}

const NounForm* RelationVocabulary::FindNoun(const RelationDef& rel, const std::string& base) {
  std::string b = Lower(base);
  for (const NounForm& n : rel.nouns) {
    if (Lower(n.singular) == b) return &n;
  }
  return nullptr;
}

std::vector<const RelationDef*> RelationVocabulary::ByVerb(const std::string& base) const {
  std::vector<const RelationDef*> out;
  for (const RelationDef& r : relations_) {
    if (FindVerb(r, Lower(base))) out.push_back(&r);
  }
  return out;
}

std::vector<const RelationDef*> RelationVocabulary::ByNoun(const std::string& base) const {
  std::vector<const RelationDef*> out;
  for (const RelationDef& r : relations_) {
    if (FindNoun(r, base)) out.push_back(&r);
  }
  return out;
}

}  // namespace kg::ingest
