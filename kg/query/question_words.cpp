// Loads ingest/data/question_words.json into QuestionWords.
#include "kg/query/question_words.h"

#include <algorithm>
#include <fstream>

#include <nlohmann/json.hpp>

#include "ingest/data_files.h"
#include "kg/base/json_file.h"

namespace kg {

namespace {

using json = nlohmann::json;

std::set<std::string> Set(const json& j, const char* key) {
  return j.at(key).get<std::set<std::string>>();
}

std::vector<std::string> List(const json& j, const char* key) {
  return j.at(key).get<std::vector<std::string>>();
}

}  // namespace

Result<QuestionWords> QuestionWords::Default() {
  return Parse(ingest::ReadDataFile("question_words.json"));
}

Result<QuestionWords> QuestionWords::Parse(const std::string& json_text) {
  QuestionWords w;
  try {
    json doc = json::parse(json_text);
    const json& en = doc.at("en");
    w.en.question_words = Set(en, "question_words");
    w.en.contractions = Set(en, "question_word_contractions");
    w.en.auxiliaries = Set(en, "auxiliaries");
    w.en.be = Set(en, "be");
    w.en.have = Set(en, "have");
    w.en.negation = Set(en, "negation");
    w.en.determiners = Set(en, "determiners");
    w.en.prepositions = Set(en, "prepositions");
    w.en.conjunctions = Set(en, "conjunctions");
    w.en.relative = Set(en, "relative");
    w.en.imperatives = Set(en, "imperatives");
    w.en.months = Set(en, "months");
    w.en.plan_words = Set(en, "plan_words");
    w.en.aspect_verbs = Set(en, "aspect_verbs");
    w.en.adjunct_prepositions = Set(en, "adjunct_prepositions");
    w.en.contraction_bases = en.at("contraction_bases").get<std::map<std::string, std::string>>();
    w.en.how = en.at("how").get<std::map<std::string, std::string>>();
    w.en.copula_prepositions =
        en.at("copula_prepositions").get<std::map<std::string, std::vector<std::string>>>();
    w.en.possessed_values =
        en.at("possessed_values").get<std::map<std::string, std::vector<std::string>>>();
    w.en.companion_prepositions =
        en.at("companion_prepositions").get<std::map<std::string, std::vector<std::string>>>();
    w.en.ordinals = en.at("ordinals").get<std::map<std::string, int>>();
    for (const std::string& phrase : List(en, "auxiliary_phrases")) {
      size_t space = phrase.find(' ');
      if (space == std::string::npos) {
        return Status::ParseError("question_words.json: auxiliary phrase '" + phrase +
                                  "' is not two words");
      }
      w.en.auxiliary_phrases.emplace_back(phrase.substr(0, space), phrase.substr(space + 1));
    }
    w.place_types = Set(doc, "place_types");
    w.nationality_relations = List(doc, "nationality_relations");
    w.en.joint_prefixes = List(en, "joint_prefixes");
    w.en.demonyms = en.at("demonyms").get<std::map<std::string, std::vector<std::string>>>();
    const json& ko = doc.at("ko");
    for (const auto& [word, kind] : ko.at("question_words").items()) {
      w.ko.question_words.emplace_back(word, kind.get<std::string>());
    }
    std::stable_sort(w.ko.question_words.begin(), w.ko.question_words.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    w.ko.question_word_particles =
        ko.at("question_word_particles").get<std::map<std::string, std::string>>();
    w.ko.copula_endings = List(ko, "copula_endings");
    w.ko.name_endings = List(ko, "name_endings");
    w.ko.heads = List(ko, "heads");
    w.ko.plan_markers = List(ko, "plan_markers");
    w.ko.plan_nouns = List(ko, "plan_nouns");
    w.ko.nominalizers = List(ko, "nominalizers");
    w.ko.aspect_verbs = List(ko, "aspect_verbs");
    w.ko.adjunct_words = List(ko, "adjunct_words");
    w.ko.frame_determiners = List(ko, "frame_determiners");
    w.ko.frame_time_words = List(ko, "frame_time_words");
    w.ko.frame_time_units = List(ko, "frame_time_units");
    for (const auto& pair : ko.at("plan_constructions")) {
      w.ko.plan_constructions.emplace_back(pair.at(0).get<std::string>(), pair.at(1).get<std::string>());
    }
    for (const auto& pair : ko.at("auxiliary_constructions")) {
      w.ko.auxiliary_constructions.emplace_back(pair.at(0).get<std::string>(),
                                                pair.at(1).get<std::string>());
    }
    w.ko.negation_markers = List(ko, "negation_markers");
    w.ko.passive_light_verbs = List(ko, "passive_light_verbs");
    w.ko.percent_counters = List(ko, "percent_counters");
    w.ko.rank_counters = List(ko, "rank_counters");
    w.ko.rank_verbs = List(ko, "rank_verbs");
    w.ko.plural_suffix = ko.at("plural_suffix").get<std::string>();
    for (const auto& [english, korean] : doc.at("name_words").items()) {
      if (english != "about") w.name_words[english] = korean.get<std::vector<std::string>>();
    }
  } catch (const json::exception& e) {
    return Status::ParseError(std::string("question_words.json: ") + e.what());
  }
  return w;
}

bool QuestionWords::IsFunctionWord(const std::string& low) const {
  return en.question_words.count(low) || en.auxiliaries.count(low) || en.be.count(low) ||
         en.have.count(low) || en.negation.count(low) || en.determiners.count(low) ||
         en.prepositions.count(low) || en.conjunctions.count(low) || en.imperatives.count(low) ||
         en.relative.count(low);
}

std::string QuestionWords::HowAsks(const std::string& next) const {
  auto it = en.how.find(next);
  return it == en.how.end() ? std::string() : it->second;
}

}  // namespace kg
