// The English word tables the parse-based rules read: which verb lemmas and nouns state which
// relation (relations.json's own verbs plus the reviewed WordNet expansion en_synonyms.json),
// and the grammar words of en_roles.json (light verbs, modality, negation, reporting verbs).
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "ingest/relations.h"
#include "kg/base/status.h"

namespace kg::ingest {

struct RelationSense {
  const RelationDef* relation = nullptr;
  std::string prep;                 // preposition before the object, empty for a direct object
  bool subject_is_object = false;   // "X founded Y" states Y founded_by X
  bool mutual = false;              // "A and B formed a joint venture": among the subjects
  bool frame = false;               // "agreement to supply": the complement names the relation
  bool attempt = false;             // "bid for X": only tried, so planned
  bool passive_voice = false;       // "X is based in Y": the passive's subject is the subject
};

class EnglishWords {
 public:
  // The shipped tables: $KG_DATA_DIR (or the source tree's ingest/data), else the embedded
  // copies. `relations` must outlive the result.
  static Result<EnglishWords> Default(const RelationVocabulary& relations);
  // Default()'s tables, or null when they failed to load.
  static std::unique_ptr<EnglishWords> DefaultOrNull(const RelationVocabulary& relations);
  static Result<EnglishWords> Parse(const RelationVocabulary& relations,
                                    const std::string& synonyms_json,
                                    const std::string& roles_json);

  // Senses of a verb lemma, or of a lemma with its particle or object noun ("team up",
  // "join forces"); null when none.
  const std::vector<RelationSense>* Verb(const std::string& lemma) const;
  const std::vector<RelationSense>* Noun(const std::string& lemma) const;

  bool IsLightVerb(const std::string& lemma) const { return light_verbs_.count(lemma) > 0; }
  bool IsPlannedVerb(const std::string& lemma) const { return planned_verbs_.count(lemma) > 0; }
  bool IsPlannedAuxiliary(const std::string& w) const { return planned_aux_.count(w) > 0; }
  bool IsNegatingVerb(const std::string& lemma) const { return negating_verbs_.count(lemma) > 0; }
  bool IsNegationWord(const std::string& w) const { return negation_words_.count(w) > 0; }
  bool IsReportingVerb(const std::string& lemma) const { return reporting_.count(lemma) > 0; }
  bool IsPronoun(const std::string& w) const { return pronouns_.count(w) > 0; }
  bool IsDocumentNoun(const std::string& w) const { return documents_.count(w) > 0; }
  // A word after 'which' that keeps the relative clause in the whole sentence's parse.
  bool IsRelativeBreak(const std::string& w) const { return relative_breaks_.count(w) > 0; }
  // "owns 72% of X", "took a 30% stake in X": a verb of holding part of a company.
  bool IsHoldingVerb(const std::string& lemma) const { return holding_verbs_.count(lemma) > 0; }
  // "a maker of electric delivery vans": a relation whose object may be a kind, not a name.
  bool TakesKindObject(const std::string& relation) const { return kind_objects_.count(relation) > 0; }
  // "is building a $4.3 billion cell plant in X": a relation whose object may be an unnamed site.
  bool TakesSiteObject(const std::string& relation) const { return site_objects_.count(relation) > 0; }
  // "A and B have been jointly developing", "a joint lab": a word of acting as partners.
  bool IsJointWord(const std::string& w) const { return joint_words_.count(w) > 0; }
  // "A and B joined forces": a verb (lemma) that, with no "with" after it, makes partners of a list.
  bool IsMutualVerb(const std::string& lemma) const { return mutual_verbs_.count(lemma) > 0; }
  // "a funding round led by Y", "Y led its seed round": round phrases and their lead words.
  const std::set<std::string>& round_nouns() const { return round_nouns_; }
  const std::set<std::string>& round_lead_words() const { return round_lead_words_; }
  // "denied reports that ...": a report's nouns, and the negating verbs that take its clause.
  const std::set<std::string>& report_nouns() const { return report_nouns_; }
  const std::set<std::string>& report_verbs() const { return report_verbs_; }
  // "a joint venture called X": a noun of an undertaking partners set up, and a naming word.
  bool IsVentureNoun(const std::string& w) const { return venture_nouns_.count(w) > 0; }
  bool IsNamingWord(const std::string& w) const { return naming_words_.count(w) > 0; }
  // "sold its unit, Y, to Z": a verb (lemma) whose named unit object the "to" object acquires.
  bool IsSaleVerb(const std::string& lemma) const { return sale_verbs_.count(lemma) > 0; }
  // "will house GPUs bought from X": a verb of taking goods in; a participle of their source.
  bool IsIntakeVerb(const std::string& lemma) const { return intake_verbs_.count(lemma) > 0; }
  // "ordered X's chips": a verb of buying goods, whose maker supplies the buyer.
  bool IsPurchaseVerb(const std::string& lemma) const { return purchase_verbs_.count(lemma) > 0; }
  bool IsSourcingVerb(const std::string& lemma) const { return sourcing_verbs_.count(lemma) > 0; }
  // "X's lead drug, Y", "X's Y claims software": a noun of a thing a company makes.
  bool IsProductNoun(const std::string& lemma) const { return product_nouns_.count(lemma) > 0; }
  // "X joined Y as its head": a verb that, with a person for its subject, states position_held.
  bool IsEmploymentVerb(const std::string& lemma) const { return employment_verbs_.count(lemma) > 0; }
  // "its fintech venture OnePay", "the group's Metaplant America factory": a unit or site owned.
  bool IsUnitNoun(const std::string& w) const { return unit_nouns_.count(w) > 0; }
  // "its Japanese partner X", "the company's Brazilian unit, X": a relation noun before a name.
  bool IsPossessedRelationNoun(const std::string& w) const {
    return possessed_relation_nouns_.count(w) > 0;
  }
  // "the project", "the consortium": a noun that points back to the last named undertaking.
  bool IsUndertakingNoun(const std::string& w) const { return undertaking_nouns_.count(w) > 0; }
  // "X Computing Center", "X, a wind farm": a head noun that makes a name an undertaking.
  bool IsUndertakingHead(const std::string& w) const { return undertaking_heads_.count(w) > 0; }
  // "his company", "whose conglomerate": a person's determiner and a noun of their organisation.
  bool IsPersonDeterminer(const std::string& w) const { return person_determiners_.count(w) > 0; }
  bool IsOrganisationNoun(const std::string& w) const { return organisation_nouns_.count(w) > 0; }
  bool IsHoldingNoun(const std::string& lemma) const { return holding_nouns_.count(lemma) > 0; }
  // "Industry Minister X": a title whose bare portfolio word names a ministry.
  bool IsPortfolioTitle(const std::string& w) const { return portfolio_titles_.count(w) > 0; }
  // "$5 billion in fiscal 2025", "in cash": words that make what follows an amount no target.
  const std::set<std::string>& amount_time_words() const { return amount_time_words_; }
  // "an investigation into X's pricing": the relation's object is the possessor X.
  bool TakesPossessorObject(const std::string& relation) const { return possessor_objects_.count(relation) > 0; }
  // True when `text` has a lower-case word that can state a relation: a sentence worth a parse.
  bool HasRelationWord(const std::string& text) const;
  // True when some verb phrase of the tables starts with `lemma` ("team" of "team up").
  bool StartsPhrase(const std::string& lemma) const { return phrase_heads_.count(lemma) > 0; }
  const std::vector<std::string>& placeholders() const { return placeholders_; }
  // Nationality adjective -> country name ("Norwegian" -> "Norway").
  const std::map<std::string, std::string>& demonyms() const { return demonyms_; }
  // Words that end a name's descriptor ("a rival of X": "of").
  const std::set<std::string>& descriptor_breaks() const { return descriptor_breaks_; }
  // "was set up by X": phrasal participle -> the one-word participle the parse reads in its
  // place ("founded"; en_passive_phrasals.h).
  const std::map<std::string, std::string>& misread_participles() const {
    return misread_participles_;
  }

 private:
  std::map<std::string, std::vector<RelationSense>> verbs_, nouns_;
  std::set<std::string> light_verbs_, planned_verbs_, planned_aux_, negating_verbs_,
      negation_words_, reporting_, pronouns_, phrase_heads_, documents_, descriptor_breaks_,
      relative_breaks_, possessor_objects_, holding_verbs_, holding_nouns_, portfolio_titles_,
      amount_time_words_, kind_objects_, site_objects_, product_nouns_, joint_words_, mutual_verbs_,
      venture_nouns_, naming_words_, sale_verbs_, intake_verbs_, purchase_verbs_, sourcing_verbs_,
      employment_verbs_, unit_nouns_, undertaking_nouns_, undertaking_heads_, person_determiners_,
      organisation_nouns_, possessed_relation_nouns_;
  std::map<std::string, std::string> demonyms_;
  std::map<std::string, std::string> misread_participles_;
  std::set<std::string> round_nouns_, round_lead_words_, report_nouns_, report_verbs_;
  std::vector<std::string> placeholders_;
};

}  // namespace kg::ingest
