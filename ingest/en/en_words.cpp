// Loading the English word tables: relations.json's verb forms first, then the reviewed WordNet
// synonyms, then en_roles.json's light nouns and grammar words.
#include "ingest/en/en_words.h"

#include <cctype>
#include <cstdlib>
#include <fstream>

#include "ingest/data_files.h"
#include "ingest/en/en_word_forms.h"
#include "kg/base/json_file.h"

namespace kg::ingest {

namespace {

void AddSense(std::map<std::string, std::vector<RelationSense>>* m, const std::string& word,
              const RelationSense& sense) {
  std::vector<RelationSense>& list = (*m)[word];
  for (const RelationSense& s : list) {
    if (s.relation == sense.relation && s.prep == sense.prep) return;
  }
  list.push_back(sense);
}

void Strings(const nlohmann::json& j, const char* key, std::set<std::string>* out) {
  if (!j.contains(key)) return;
  for (const auto& s : j.at(key)) out->insert(s.get<std::string>());
}

}  // namespace

Result<EnglishWords> EnglishWords::Default(const RelationVocabulary& relations) {
  return Parse(relations, ReadDataFile("en_synonyms.json"), ReadDataFile("en_roles.json"));
}

std::unique_ptr<EnglishWords> EnglishWords::DefaultOrNull(const RelationVocabulary& relations) {
  Result<EnglishWords> words = Default(relations);
  if (!words.ok()) return nullptr;
  return std::make_unique<EnglishWords>(std::move(words).value());
}

Result<EnglishWords> EnglishWords::Parse(const RelationVocabulary& relations,
                                         const std::string& synonyms_json,
                                         const std::string& roles_json) {
  EnglishWords w;
  for (const RelationDef& r : relations.relations()) {
    for (const VerbForm& v : r.verbs) {
      RelationSense sense{&r, v.prep, v.subject_is_object};
      sense.passive_voice = v.passive_voice;
      AddSense(&w.verbs_, v.base, sense);
    }
  }
  Result<nlohmann::json> syn = ParseJson(synonyms_json, "en_synonyms.json");
  if (!syn.ok()) return syn.status();
  Result<nlohmann::json> roles = ParseJson(roles_json, "en_roles.json");
  if (!roles.ok()) return roles.status();
  try {
    for (const char* kind : {"verbs", "nouns"}) {
      for (const auto& [word, list] : syn->at(kind).items()) {
        for (const auto& e : list) {
          const RelationDef* rel = relations.Find(e.at("relation").get<std::string>());
          if (!rel) continue;  // a relation since removed from the vocabulary
          RelationSense s{rel, e.value("prep", ""), e.value("subject_is", "") == "object"};
          AddSense(std::string(kind) == "verbs" ? &w.verbs_ : &w.nouns_, word, s);
        }
      }
    }
    for (const auto& [word, e] : roles->at("light_nouns").items()) {
      const RelationDef* rel = relations.Find(e.at("relation").get<std::string>());
      if (!rel) continue;
      RelationSense s{rel, e.value("prep", ""), false, e.value("mutual", false),
                      e.value("frame", false)};
      w.nouns_[word].insert(w.nouns_[word].begin(), s);
    }
    if (roles->contains("attempt_verbs")) {
      for (const auto& [word, e] : roles->at("attempt_verbs").items()) {
        const RelationDef* rel = relations.Find(e.at("relation").get<std::string>());
        if (!rel) continue;
        AddSense(&w.verbs_, word, RelationSense{rel, e.value("prep", ""), false, false, false, true});
      }
    }
    Strings(*roles, "light_verbs", &w.light_verbs_);
    Strings(*roles, "planned_verbs", &w.planned_verbs_);
    Strings(*roles, "planned_auxiliaries", &w.planned_aux_);
    Strings(*roles, "negating_verbs", &w.negating_verbs_);
    Strings(*roles, "negation_words", &w.negation_words_);
    Strings(*roles, "reporting_verbs", &w.reporting_);
    Strings(*roles, "pronouns", &w.pronouns_);
    Strings(*roles, "document_nouns", &w.documents_);
    Strings(*roles, "descriptor_breaks", &w.descriptor_breaks_);
    Strings(*roles, "relative_breaks", &w.relative_breaks_);
    Strings(*roles, "possessor_objects", &w.possessor_objects_);
    Strings(*roles, "holding_verbs", &w.holding_verbs_);
    Strings(*roles, "holding_nouns", &w.holding_nouns_);
    Strings(*roles, "kind_objects", &w.kind_objects_);
    Strings(*roles, "site_objects", &w.site_objects_);
    Strings(*roles, "joint_words", &w.joint_words_);
    Strings(*roles, "mutual_verbs", &w.mutual_verbs_);
    Strings(*roles, "venture_nouns", &w.venture_nouns_);
    Strings(*roles, "naming_words", &w.naming_words_);
    Strings(*roles, "sale_verbs", &w.sale_verbs_);
    Strings(*roles, "intake_verbs", &w.intake_verbs_);
    Strings(*roles, "purchase_verbs", &w.purchase_verbs_);
    Strings(*roles, "sourcing_verbs", &w.sourcing_verbs_);
    Strings(*roles, "product_nouns", &w.product_nouns_);
    Strings(*roles, "unit_nouns", &w.unit_nouns_);
    Strings(*roles, "possessed_relation_nouns", &w.possessed_relation_nouns_);
    Strings(*roles, "undertaking_nouns", &w.undertaking_nouns_);
    Strings(*roles, "undertaking_heads", &w.undertaking_heads_);
    Strings(*roles, "person_determiners", &w.person_determiners_);
    Strings(*roles, "organisation_nouns", &w.organisation_nouns_);
    Strings(*roles, "employment_verbs", &w.employment_verbs_);
    Strings(*roles, "portfolio_titles", &w.portfolio_titles_);
    Strings(*roles, "amount_time_words", &w.amount_time_words_);
    Strings(*roles, "round_nouns", &w.round_nouns_);
    Strings(*roles, "round_lead_words", &w.round_lead_words_);
    Strings(*roles, "report_nouns", &w.report_nouns_);
    Strings(*roles, "report_verbs", &w.report_verbs_);
    if (roles->contains("demonyms")) {
      for (const auto& [adjective, country] : roles->at("demonyms").items()) {
        w.demonyms_[adjective] = country.get<std::string>();
      }
    }
    if (roles->contains("misread_participles")) {
      for (const auto& [phrase, participle] : roles->at("misread_participles").items()) {
        w.misread_participles_[phrase] = participle.get<std::string>();
      }
    }
    for (const auto& p : roles->at("placeholders")) w.placeholders_.push_back(p.get<std::string>());
  } catch (const nlohmann::json::exception& e) {
    return Status::ParseError(std::string("English word tables: ") + e.what());
  }
  for (const auto& [phrase, senses] : w.verbs_) {
    size_t space = phrase.find(' ');
    if (space != std::string::npos) w.phrase_heads_.insert(phrase.substr(0, space));
  }
  for (const std::string& v : w.light_verbs_) {
    size_t space = v.find(' ');
    if (space != std::string::npos) w.phrase_heads_.insert(v.substr(0, space));
  }
  return w;
}

const std::vector<RelationSense>* EnglishWords::Verb(const std::string& lemma) const {
  auto it = verbs_.find(lemma);
  return it == verbs_.end() ? nullptr : &it->second;
}

const std::vector<RelationSense>* EnglishWords::Noun(const std::string& lemma) const {
  auto it = nouns_.find(lemma);
  return it == nouns_.end() ? nullptr : &it->second;
}

bool EnglishWords::HasRelationWord(const std::string& text) const {
  for (const std::string& w : WordsOf(text)) {
    if (std::isupper(static_cast<unsigned char>(w[0]))) continue;
    std::string l = Lemma(w, true);
    if (Verb(l) || IsLightVerb(l) || IsPlannedVerb(l) || StartsPhrase(l)) return true;
  }
  return false;
}

}  // namespace kg::ingest
