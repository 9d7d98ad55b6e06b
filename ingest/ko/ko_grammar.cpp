// Loading ingest/data/ko_grammar.json (ko_grammar.h).
#include "ingest/ko/ko_grammar.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include <nlohmann/json.hpp>

#include "ingest/data_files.h"

namespace kg::ingest {

namespace {

using nlohmann::json;

std::vector<std::string> Words(const json& doc, const char* key) {
  return doc.at(key).get<std::vector<std::string>>();
}

ParticleKind KindFromName(const std::string& name) {
  if (name == "case") return ParticleKind::kCase;
  if (name == "topic") return ParticleKind::kTopic;
  if (name == "focus") return ParticleKind::kFocus;
  if (name == "list") return ParticleKind::kList;
  throw std::invalid_argument("unknown particle kind '" + name + "'");
}

Batchim BatchimFromName(const std::string& name) {
  if (name == "any") return Batchim::kAny;
  if (name == "consonant") return Batchim::kConsonant;
  if (name == "vowel") return Batchim::kVowel;
  throw std::invalid_argument("unknown 'after' value '" + name + "'");
}

}  // namespace

Result<KoreanGrammar> KoreanGrammar::Parse(const std::string& json_text, const std::string& source) {
  KoreanGrammar g;
  try {
    json doc = json::parse(json_text);
    for (const json& p : doc.at("particles")) {
      ParticleDef def;
      def.text = p.at("text").get<std::string>();
      std::string role = p.at("role").get<std::string>();
      def.role = RoleFromName(role);
      if (def.role == Role::kNone && role != "none") {
        throw std::invalid_argument("unknown role '" + role + "' of particle " + def.text);
      }
      def.kind = KindFromName(p.at("kind").get<std::string>());
      def.after = BatchimFromName(p.at("after").get<std::string>());
      if (def.text.empty()) throw std::invalid_argument("an empty particle");
      g.particles.push_back(std::move(def));
    }
    g.postpositions = doc.at("postpositions").get<std::map<std::string, std::string>>();
    g.noun_postpositions =
        doc.at("noun_postpositions").get<std::map<std::string, std::string>>();
    g.appointment_nouns = Words(doc, "appointment_nouns");
    g.appointment_intransitive_nouns = Words(doc, "appointment_intransitive_nouns");
    g.basis_verbs = Words(doc, "basis_verbs");
    g.verbal_suffixes = Words(doc, "verbal_suffixes");
    g.copula_suffixes = Words(doc, "copula_suffixes");
    g.native_verb_endings = Words(doc, "native_verb_endings");
    g.causative_suffixes = Words(doc, "causative_suffixes");
    g.negation_auxiliaries = Words(doc, "negation_auxiliaries");
    g.plan_nouns = Words(doc, "plan_nouns");
    g.hearsay_nouns = Words(doc, "hearsay_nouns");
    g.deliberated_nouns = Words(doc, "deliberated_nouns");
    g.deliberation_verbs = Words(doc, "deliberation_verbs");
    g.statement_bound_nouns = Words(doc, "statement_bound_nouns");
    g.listing_words = Words(doc, "listing_words");
    g.listing_word_prefixes = Words(doc, "listing_word_prefixes");
    g.head_keeping_suffixes = Words(doc, "head_keeping_suffixes");
    g.directional_nouns = Words(doc, "directional_nouns");
    g.auxiliary_adnominals = Words(doc, "auxiliary_adnominals");
    g.non_name_finals = Words(doc, "non_name_finals");
    g.place_unit_suffixes = Words(doc, "place_unit_suffixes");
    g.compound_title_suffixes = doc.at("compound_title_suffixes").get<std::map<std::string, std::string>>();
    g.former_title_words = Words(doc, "former_title_words");
    g.siting_relations = doc.at("siting_relations").get<std::map<std::string, std::string>>();
    g.person_acting_stems = Words(doc, "person_acting_stems");
    g.seat_moving_stems = Words(doc, "seat_moving_stems");
    g.agreement_nouns = Words(doc, "agreement_nouns");
    g.kind_copula_finals = Words(doc, "kind_copula_finals");
    g.kind_copula_adnominals = Words(doc, "kind_copula_adnominals");
    g.unknown_noun_copulas = Words(doc, "unknown_noun_copulas");
    g.passive_auxiliary = doc.at("passive_auxiliary").get<std::map<std::string, std::string>>();
    g.loanword_common_nouns = Words(doc, "loanword_common_nouns");
    g.metric_nouns = Words(doc, "metric_nouns");
    g.count_nouns = doc.at("count_nouns").get<std::map<std::string, std::string>>();
    g.count_counters = Words(doc, "count_counters");
    g.count_counter_endings = Words(doc, "count_counter_endings");
    g.count_links = Words(doc, "count_links");
    g.count_qualifiers = Words(doc, "count_qualifiers");
    g.measure_units = doc.at("measure_units").get<std::map<std::string, std::string>>();
    g.led_field_nouns = Words(doc, "led_field_nouns");
    g.ranking_nouns = Words(doc, "ranking_nouns");
    g.ranking_time_words = Words(doc, "ranking_time_words");
    g.ranking_clause_finals = Words(doc, "ranking_clause_finals");
    g.non_kind_nouns = Words(doc, "non_kind_nouns");
    g.relative_kind_modifiers = Words(doc, "relative_kind_modifiers");
    g.person_noun_finals = Words(doc, "person_noun_finals");
    g.owner_free_head_finals = Words(doc, "owner_free_head_finals");
    g.funding_round_finals = Words(doc, "funding_round_finals");
    g.funding_round_relations = Words(doc, "funding_round_relations");
    g.demonstratives = Words(doc, "demonstratives");
    g.date_header_nouns = Words(doc, "date_header_nouns");
    g.own_make_adverbs = Words(doc, "own_make_adverbs");
    g.own_company_determiners = Words(doc, "own_company_determiners");
    g.list_cue_endings = Words(doc, "list_cue_endings");
    g.list_head_non_noun_finals = Words(doc, "list_head_non_noun_finals");
    g.event_nouns = Words(doc, "event_nouns");
    g.coordination_classifier_nouns = Words(doc, "coordination_classifier_nouns");
    g.concept_word_free_relations = Words(doc, "concept_word_free_relations");
    g.facility_nouns = Words(doc, "facility_nouns");
    g.group_name_finals = Words(doc, "group_name_finals");
  } catch (const std::exception& e) {
    return Status::ParseError(source + ": " + e.what());
  }
  return g;
}

const KoreanGrammar& KoreanGrammar::Get() {
  static const KoreanGrammar grammar = [] {
    const std::string name = "ko_grammar.json";
    Result<KoreanGrammar> g = Parse(ReadDataFile(name), DataDir() + "/" + name);
    if (g.ok()) return std::move(g).value();
    Result<KoreanGrammar> built_in = Parse(EmbeddedDataFile(name), "<built-in " + name + ">");
    if (!built_in.ok()) {
      // Cannot happen with a tested build: the test suite parses the same text.
      std::fprintf(stderr, "kg: %s\n", built_in.status().ToString().c_str());
      std::abort();
    }
    std::fprintf(stderr, "kg: warning: %s; using the built-in copy\n", g.status().ToString().c_str());
    return std::move(built_in).value();
  }();
  return grammar;
}

std::vector<KoreanGrammar::TitledBody> KoreanGrammar::CompoundTitleBodies(const std::string& word) const {
  std::vector<TitledBody> bodies;
  for (const auto& [title, body_end] : compound_title_suffixes) {
    if (word.size() <= title.size() + 3 || word.compare(word.size() - title.size(), title.size(), title) != 0) {
      continue;
    }
    bodies.push_back({word.substr(0, word.size() - title.size()) + body_end, title});
  }
  return bodies;
}

bool StartsWithAny(const std::string& word, const std::vector<std::string>& prefixes, std::string* found) {
  for (const std::string& p : prefixes) {
    if (word.compare(0, p.size(), p) == 0) {
      if (found) *found = p;
      return true;
    }
  }
  return false;
}

bool OneOf(const std::string& word, const std::vector<std::string>& words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

}  // namespace kg::ingest
