// invested_in for the leader of a company's funding round: see en_funding_rounds.h.
#include "ingest/en/en_funding_rounds.h"

#include <cctype>
#include <string>

#include "ingest/en/en_word_forms.h"

namespace kg::ingest {

namespace {

constexpr size_t kRoundReach = 40;  // bytes from the lead word to the round's phrase

bool WordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-'; }

// The mention that begins at byte `at`, or null.
// The mention that ends at byte `at`, or null.
const Mention* MentionEndingAt(const std::vector<Mention>& mentions, size_t at) {
  for (const Mention& m : mentions) {
    if (m.end == at) return &m;
  }
  return nullptr;
}

// "Harbor Group's Growth Fund": the last name of a possessive chain that starts with `m`.
const Mention* Possessed(const std::string& s, const std::vector<Mention>& mentions,
                         const Mention* m) {
  while (m && s.compare(m->end, 3, "'s ") == 0) {
    const Mention* next = MentionAt(mentions, m->end + 3);
    if (!next) break;
    m = next;
  }
  return m;
}

// The names led by: "led by A", "led by A and B", "led by A, B and C".
std::vector<int> LeadersAfter(const std::string& s, const std::vector<Mention>& mentions,
                              size_t at) {
  std::vector<int> out;
  for (const Mention* m = Possessed(s, mentions, MentionAt(mentions, at)); m;) {
    out.push_back(m->entity);
    size_t next = std::string::npos;
    for (const char* glue : {", and ", " and ", ", "}) {
      if (s.compare(m->end, std::string(glue).size(), glue) == 0) {
        next = m->end + std::string(glue).size();
        break;
      }
    }
    m = next == std::string::npos ? nullptr : Possessed(s, mentions, MentionAt(mentions, next));
  }
  return out;
}

// The name that opens the sentence (after an optional "The"), or null; when that name reports
// what follows, the name that opens the report ("Naver said X raised $5 million in a round led
// by Y": X's round).
const Mention* Opening(const std::string& s, const std::vector<Mention>& mentions,
                       const EnglishWords& words) {
  for (const Mention& m : mentions) {
    if (m.begin != 0 && !(m.begin == 4 && s.compare(0, 4, "The ") == 0)) continue;
    size_t b = m.end + 1, e = b;
    while (e < s.size() && std::isalpha(static_cast<unsigned char>(s[e]))) ++e;
    if (m.end >= s.size() || s[m.end] != ' ' ||
        !words.IsReportingVerb(Lemma(s.substr(b, e - b), true)))
      return &m;
    if (s.compare(e, 6, " that ") == 0) e += 5;
    return MentionAt(mentions, e + 1);
  }
  return nullptr;
}

// The sentence's fact "subject relation object", not negated, or null.
ExtractedFact* Stated(int sentence, int subject, const RelationDef& r, int object, FactSink* sink) {
  for (ExtractedFact& f : sink->out()->facts) {
    if (f.sentence == sentence && f.subject == subject && f.relation == r.id &&
        f.object_entity == object && !f.negated)
      return &f;
  }
  return nullptr;
}

}  // namespace

void FundingRoundFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                       const std::vector<ValueMention>& values, const EnglishWords& words,
                       const RelationVocabulary& relations, const DocEntities& ents,
                       FactSink* sink) {
  const RelationDef* invested = relations.Find("invested_in");
  if (!invested || mentions.size() < 2) return;
  const std::string& s = sentence.text;
  const std::string lower = LowerAscii(s);
  for (const std::string& round : words.round_nouns()) {
    for (size_t rb = lower.find(round); rb != std::string::npos; rb = lower.find(round, rb + 1)) {
      size_t re = rb + round.size();
      if ((rb > 0 && WordChar(s[rb - 1])) || (re < s.size() && WordChar(s[re]))) continue;
      std::vector<int> leaders;
      size_t span_b = rb, span_e = re, phrase_b = rb;
      // "a round led by Y", "the round, led by Y,"
      size_t after = re + (s.compare(re, 2, ", ") == 0 ? 2 : 1);
      for (const std::string& lead : words.round_lead_words()) {
        std::string by = lead + " by ";
        if (re < s.size() && lower.compare(after, by.size(), by) == 0) {
          leaders = LeadersAfter(s, mentions, after + by.size());
          if (!leaders.empty()) span_e = after + by.size();
          break;
        }
      }
      // "Y led its round", "Y, which led X's round": the name before the lead word.
      for (const std::string& lead : words.round_lead_words()) {
        if (!leaders.empty()) break;
        size_t from = rb > kRoundReach ? rb - kRoundReach : 0;
        size_t at = lower.rfind(" " + lead + " ", rb);
        if (at == std::string::npos || at < from) continue;
        size_t name_end = at;
        if (name_end >= 7 && lower.compare(name_end - 7, 7, ", which") == 0) {
          name_end -= 7;
        }
        if (const Mention* m = MentionEndingAt(mentions, name_end)) {
          leaders.push_back(m->entity);
          span_b = m->begin;
          phrase_b = at + lead.size() + 2;
        }
      }
      if (leaders.empty()) continue;
      // The round's company: a possessive name in the round's phrase, else the opening name.
      const Mention* company = nullptr;
      for (const Mention& m : mentions) {
        if (m.begin < (phrase_b == rb ? 0 : phrase_b) || m.end + 3 > rb ||
            s.compare(m.end, 3, "'s ") != 0)
          continue;
        bool in_phrase = true;  // "X's $60 million funding round": no break word between
        for (const std::string& w : WordsOf(s.substr(m.end + 3, rb - m.end - 3))) {
          in_phrase &= !words.descriptor_breaks().count(LowerAscii(w));
        }
        if (in_phrase) company = &m;
      }
      if (!company) company = Opening(s, mentions, words);
      if (!company || !OrganisationLike(ents.at(company->entity))) continue;
      // The date nearest the round's phrase.
      const ValueMention* date = nullptr;
      size_t best = std::string::npos;
      for (const ValueMention& v : values) {
        if (v.kind != ValueMention::Kind::kDate) continue;
        size_t d = v.end <= rb ? rb - v.end : (v.begin >= re ? v.begin - re : 0);
        if (d < best) best = d, date = &v;
      }
      for (int leader : leaders) {
        if (leader == company->entity || !OrganisationLike(ents.at(leader))) continue;
        // "Lyra is backed by Y, which led its funding round in 2022": the clause's fact gets
        // the round's date rather than a second fact.
        ExtractedFact* stated = Stated(sentence.number, leader, *invested, company->entity, sink);
        if (stated) {
          if (date && !stated->value_qualifiers.count("date")) {
            stated->value_qualifiers["date"] = sink->Value(*date);
          }
          continue;
        }
        ExtractedFact f;
        f.subject = leader;
        f.relation = invested->id;
        f.object_entity = company->entity;
        if (date) f.value_qualifiers["date"] = sink->Value(*date);
        f.sentence = sentence.number;
        CharSpan(s, span_b, span_e, &f.start, &f.end);
        f.rule = "en:round:invested_in";
        sink->Add(std::move(f));
      }
    }
  }
}

}  // namespace kg::ingest
