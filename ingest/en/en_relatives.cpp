// Object relatives: the clause's lead ("which", "that", an apposition's noun phrase), its
// subject (a name or a pronoun), a vocabulary verb's past form, and an optional "with" partner;
// a sale verb's "to" buyer acquired the name; a product noun may stand between the name and
// the clause ("its Tesselon model, which it unveiled").
#include "ingest/en/en_relatives.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <string>

#include "ingest/en/en_values.h"
#include "ingest/en/en_word_forms.h"

namespace kg::ingest {

namespace {

bool StartsWith(const std::string& s, size_t at, const std::string& w) { return s.compare(at, w.size(), w) == 0; }

// Lower-case words from `at` ("the joint venture ", "investment firm "): up to `max`; returns
// where they end (at itself when none).
size_t SkipLowerWords(const std::string& s, size_t at, int max) {
  for (int n = 0; n < max && at < s.size() && std::islower(static_cast<unsigned char>(s[at])); ++n) {
    size_t e = s.find(' ', at);
    if (e == std::string::npos) return at;
    at = e + 1;
  }
  return at;
}

int MentionStarting(const std::vector<Mention>& mentions, size_t at) {
  for (size_t k = 0; k < mentions.size(); ++k) {
    if (mentions[k].begin == at) return static_cast<int>(k);
  }
  return -1;
}

// Where the clause after `name` begins its ", ": right after the name, or after up to two
// lower-case words the last of which is a product noun of en_roles.json, when the name follows
// a possessive ("its Tesselon model, which"): the name is the product the noun describes.
size_t LeadAfter(const std::string& s, const Mention& name, const EnglishWords* words) {
  if (StartsWith(s, name.end, ", ") || !words || !StartsWith(s, name.end, " ")) return name.end;
  bool owned = (name.begin >= 4 && s.compare(name.begin - 4, 4, "its ") == 0) ||
               (name.begin >= 6 && s.compare(name.begin - 6, 6, "their ") == 0);
  if (!owned) return name.end;
  size_t at = name.end + 1;
  for (int n = 0; n < 2 && at < s.size() && std::islower(static_cast<unsigned char>(s[at])); ++n) {
    size_t e = at;
    while (e < s.size() && std::islower(static_cast<unsigned char>(s[e]))) ++e;
    if (StartsWith(s, e, ", "))
      return words->IsProductNoun(Lemma(s.substr(at, e - at), false)) ? e : name.end;
    if (!StartsWith(s, e, " ")) break;
    at = e + 1;
  }
  return name.end;
}

// The name a sale verb's "to" phrase starts with ("sold to Italian bank Z"): within three
// words and before any comma; -1 when none.
int BuyerAfter(const std::string& s, const std::vector<Mention>& mentions, size_t to) {
  for (size_t k = 0; k < mentions.size(); ++k) {
    const Mention& m = mentions[k];
    if (m.begin < to) continue;
    std::string between = s.substr(to, m.begin - to);
    if (between.find_first_of(",;.") != std::string::npos ||
        std::count(between.begin(), between.end(), ' ') > 3)
      return -1;
    return static_cast<int>(k);
  }
  return -1;
}

}  // namespace

void ObjectRelativeFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                         const std::vector<ValueMention>& values,
                         const RelationVocabulary& relations, const EnglishWords* words,
                         DocEntities* ents, FactSink* sink) {
  const std::string& s = sentence.text;
  const RelationDef* partnered = relations.Find("partnered_with");
  const RelationDef* acquired = relations.Find("acquired");
  auto emit = [&](int subject, const RelationDef& r, int object, size_t b, size_t e, size_t clause_end) {
    if (subject == object) return;
    ExtractedFact f;
    f.subject = subject;
    f.relation = r.id;
    f.object_entity = object;
    for (const ValueMention& v : values) {
      if (v.kind == ValueMention::Kind::kDate && v.begin >= b && v.end <= clause_end) {
        f.value_qualifiers["date"] = sink->Value(v);
        break;
      }
    }
    NoteValues(values, *sink->out(), &f);
    f.sentence = sentence.number;
    CharSpan(s, b, e, &f.start, &f.end);
    f.rule = "en:object-relative:" + r.id;
    sink->Add(std::move(f));
  };
  for (const Mention& name : mentions) {
    size_t lead = LeadAfter(s, name, words);
    if (!StartsWith(s, lead, ", ")) continue;
    size_t at = lead + 2;
    if (StartsWith(s, at, "which ") || StartsWith(s, at, "that ")) {
      at = s.find(' ', at) + 1;
    } else if (StartsWith(s, at, "the ") || StartsWith(s, at, "a ") || StartsWith(s, at, "an ")) {
      // "the joint venture Hyundai formed": the article and at least one noun of its own.
      size_t noun = s.find(' ', at) + 1;
      at = SkipLowerWords(s, noun, 3);
      if (at == noun) continue;
    } else {
      continue;
    }
    // The clause's subject: a name, or a pronoun standing for the sentence's first name.
    int subject = -1;
    size_t verb_at = at;
    if (int k = MentionStarting(mentions, at); k >= 0) {
      subject = mentions[static_cast<size_t>(k)].entity;
      verb_at = mentions[static_cast<size_t>(k)].end + 1;
    } else if (StartsWith(s, at, "it ") || StartsWith(s, at, "they ")) {
      if (mentions.empty() || mentions.front().begin >= name.begin) continue;
      subject = mentions.front().entity;
      verb_at = s.find(' ', at) + 1;
    } else {
      continue;
    }
    if (verb_at > s.size() || s[verb_at - 1] != ' ') continue;
    // "which Telmar sold to Z": the buyer acquired the name (the seller does not supply it).
    size_t verb_end = s.find_first_of(" ,.", verb_at);
    if (acquired && words && verb_end != std::string::npos && StartsWith(s, verb_end, " to ") &&
        words->IsSaleVerb(Lemma(LowerAscii(s.substr(verb_at, verb_end - verb_at)), true))) {
      int k = BuyerAfter(s, mentions, verb_end + 4);
      if (k >= 0 && OrganisationLike(ents->at(name.entity))) {
        const Mention& buyer = mentions[static_cast<size_t>(k)];
        if (OrganisationLike(ents->at(buyer.entity)))
          emit(buyer.entity, *acquired, name.entity, name.begin, buyer.end,
               std::min(s.find(',', buyer.end), s.size()));
      }
      continue;
    }
    auto read_verb = [&]() {
      for (const RelationDef& r : relations.relations()) {
        if (r.object != ObjectKind::kEntity) continue;
        for (const VerbForm& v : r.verbs) {
          if (!v.prep.empty() || v.past.empty() || !StartsWith(s, verb_at, v.past + " ")) continue;
          size_t end = verb_at + v.past.size();
          size_t clause_end = std::min(s.find(',', end), s.size());
          auto state = [&](int agent, size_t e) {
            if (v.subject_is_object) emit(name.entity, r, agent, name.begin, e, clause_end);
            else emit(agent, r, name.entity, name.begin, e, clause_end);
          };
          state(subject, end);
          // "... formed with investment firm Ribbit Capital": the partner did it too.
          if (StartsWith(s, end, " with ")) {
            int partner = MentionStarting(mentions, SkipLowerWords(s, end + 6, 3));
            if (partner >= 0) {
              const Mention& p = mentions[static_cast<size_t>(partner)];
              state(p.entity, p.end);
              if (partnered) emit(subject, *partnered, p.entity, name.begin, p.end, clause_end);
            }
          }
          return;
        }
      }
    };
    read_verb();
  }
}

}  // namespace kg::ingest
