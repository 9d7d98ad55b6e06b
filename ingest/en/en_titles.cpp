// Title nouns between an organisation and a person's name, read off the text.
#include "ingest/en/en_titles.h"

#include <cctype>
#include <string>

#include "ingest/en/en_values.h"
#include "ingest/en/en_word_forms.h"
#include "ingest/en/wordnet.h"

namespace kg::ingest {

// "Haneul CEO Park Ji-min", "former Apple engineer Marcus Hale": the span stands for the
// person; a person noun that is no vocabulary title becomes position_held with its role.
std::vector<MergedSpan> TitleDescriptorFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                                             const std::vector<ValueMention>& values,
                                             const RelationVocabulary& relations, DocEntities* ents,
                                             FactSink* sink) {
  std::vector<MergedSpan> out;
  const std::string& s = sentence.text;
  const RelationDef* held = relations.Find("position_held");
  for (size_t k = 0; k + 1 < mentions.size(); ++k) {
    const Mention& org = mentions[k];
    const Mention& person = mentions[k + 1];
    std::vector<std::string> between = WordsOf(s.substr(org.end, person.begin - org.end));
    if (between.empty() || between.size() > 3) continue;
    // "A and Japanese shipper B": a coordinator right after the first name joins two names;
    // the words after it describe B alone (not "Group Chairman and CEO B", where it does not
    // come first).
    std::string opener = LowerAscii(between.front());
    if (opener == "and" || opener == "or") continue;
    if (s.substr(org.end, person.begin - org.end).find_first_of(",;()") != std::string::npos) continue;
    const std::string& type = ents->at(person.entity).type;
    if (!type.empty() && type != "Person") continue;
    // The name before the title is an organisation's: not a place, a person, or a common
    // noun capitalised at the start of the sentence ("Chip designer X").
    const ExtractedEntity& o = ents->at(org.entity);
    if (o.type == "Person" || o.type == "Country" || o.type == "Place") continue;
    bool opens = org.begin == 0 || s.compare(org.begin >= 3 ? org.begin - 3 : 0, 3, "-- ") == 0;
    if (opens && o.type.empty() && o.name.find(' ') == std::string::npos &&
        WordNet::Shared().Has(o.name, WordClass::kNoun)) {
      continue;
    }
    if (s.substr(org.end, person.begin - org.end).find('\'') != std::string::npos) continue;
    // "EU fines game publisher X" (a headline): an inflected vocabulary verb between the names
    // makes them a clause's subject and object, not a title before a person.
    bool verb_between = false;
    for (size_t i = 0; i + 1 < between.size(); ++i) {
      std::string w = LowerAscii(between[i]), base = Lemma(w, true);
      verb_between |= base != w && !relations.ByVerb(base).empty();
    }
    if (verb_between) continue;
    // "former Ford engineers A and B": a plural title before coordinated names.
    std::string last = Lemma(LowerAscii(between.back()), false);
    bool title = !relations.ByNoun(last).empty() || WordNet::Shared().IsPersonNoun(last);
    if (!title) continue;
    if (type.empty()) ents->SetType(person.entity, "Person");
    out.push_back({org.begin, person.end, static_cast<int>(k + 1)});
    // A vocabulary title may be several words ("Arvika chief executive Ingrid Bakke"): its
    // relation (ceo_of) is stated by the title apposition, not as a position with a role.
    bool vocabulary_title = false;
    for (size_t from = 0; from < between.size(); ++from) {
      std::string tail;
      for (size_t i = from; i < between.size(); ++i) tail += (tail.empty() ? "" : " ") + LowerAscii(between[i]);
      if (from + 1 == between.size()) tail = last;
      for (const RelationDef* r : relations.ByNoun(tail)) vocabulary_title |= !r->ko_titles.empty();
    }
    if (!vocabulary_title && held && ents->at(org.entity).type != "Person") {
      std::string role;
      for (const std::string& w : between) role += (role.empty() ? "" : " ") + w;
      size_t b = org.begin;
      if (b >= 7 && LowerAscii(s.substr(b - 7, 7)) == "former ") role = "former " + role;
      std::vector<const Mention*> holders{&person};
      if (k + 2 < mentions.size() && s.substr(person.end, mentions[k + 2].begin - person.end) == " and " &&
          ents->at(mentions[k + 2].entity).type != "Organization") {
        holders.push_back(&mentions[k + 2]);
      }
      for (const Mention* h : holders) {
        if (ents->at(h->entity).type.empty()) ents->SetType(h->entity, "Person");
        ExtractedFact f;
        f.subject = h->entity;
        f.relation = held->id;
        f.object_entity = org.entity;
        f.value_qualifiers["role"] = sink->Value(Literal{role, "", ""}, role);
        f.sentence = sentence.number;
        CharSpan(s, org.begin, h->end, &f.start, &f.end);
        f.rule = "en:title-descriptor";
        NoteValues(values, *sink->out(), &f);
        sink->Add(std::move(f));
      }
    }
  }
  return out;
}

}  // namespace kg::ingest
