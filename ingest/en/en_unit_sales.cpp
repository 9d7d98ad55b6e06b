// acquired for a unit sold by name: see en_unit_sales.h.
#include "ingest/en/en_unit_sales.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "ingest/en/en_word_forms.h"

namespace kg::ingest {

namespace {

constexpr size_t kObjectWords = 5;  // words from the verb to the unit noun at most

struct Word {
  size_t begin, end;
  std::string lower;
};

// The words of s[0, end) from the last comma, colon or stop before `end`, in order.
std::vector<Word> ClauseWords(const std::string& s, size_t end) {
  size_t from = s.find_last_of(",;:.", end == 0 ? 0 : end - 1);
  from = from == std::string::npos ? 0 : from + 1;
  std::vector<Word> out;
  for (size_t i = from; i < end;) {
    if (!std::isalpha(static_cast<unsigned char>(s[i]))) {
      ++i;
      continue;
    }
    size_t b = i;
    while (i < end &&
           (std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == '-' || s[i] == '\'')) {
      ++i;
    }
    out.push_back(Word{b, i, LowerAscii(s.substr(b, i - b))});
  }
  return out;
}

}  // namespace

void UnitSaleFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                   const std::vector<ValueMention>& values, const EnglishWords& words,
                   const RelationVocabulary& relations, const DocEntities& ents, FactSink* sink) {
  const RelationDef* acquired = relations.Find("acquired");
  if (!acquired) return;
  const std::string& s = sentence.text;
  for (size_t k = 0; k + 1 < mentions.size(); ++k) {
    const Mention& unit = mentions[k];
    std::vector<Word> before;
    size_t verb = 0, to = 0;
    if (unit.begin >= 2 && s.compare(unit.begin - 2, 2, ", ") == 0 &&
        s.compare(unit.end, 5, ", to ") == 0) {
      // "sold its dermatology unit, Y, to Z": the sale verb within a few words before the
      // unit noun.
      before = ClauseWords(s, unit.begin - 2);
      if (before.empty() || !words.IsUnitNoun(before.back().lower)) continue;
      verb = before.size();
      for (size_t i = before.size() - 1; i-- > 0 && before.size() - i <= kObjectWords + 1;) {
        if (words.IsSaleVerb(Lemma(before[i].lower, true))) {
          verb = i;
          break;
        }
      }
      if (verb == before.size()) continue;
      to = unit.end + 5;
    } else if (unit.begin >= 1 && s[unit.begin - 1] == ' ' && s.compare(unit.end, 4, " to ") == 0) {
      // "sold Y to Z": the company named right after the sale verb is itself sold.
      before = ClauseWords(s, unit.begin - 1);
      if (before.empty() || before.back().end + 1 != unit.begin ||
          !words.IsSaleVerb(Lemma(before.back().lower, true))) {
        continue;
      }
      verb = before.size() - 1;
      to = unit.end + 4;
    } else {
      continue;
    }
    bool denied = false, planned = false;
    for (size_t i = 0; i < verb; ++i) {
      const std::string& w = before[i].lower;
      denied |= words.IsNegationWord(w) || words.IsNegatingVerb(Lemma(w, true));
      planned |= words.IsPlannedAuxiliary(w) || words.IsPlannedVerb(Lemma(w, true));
    }
    if (denied) continue;
    // The buyer: the next name, before any comma after "to".
    const Mention& buyer = mentions[k + 1];
    if (buyer.begin < to ||
        s.substr(to, buyer.begin - to).find_first_of(",;.") != std::string::npos) {
      continue;
    }
    if (!OrganisationLike(ents.at(buyer.entity)) || !OrganisationLike(ents.at(unit.entity)) ||
        ents.at(unit.entity).type == "Product") {
      continue;
    }
    ExtractedFact f;
    f.subject = buyer.entity;
    f.relation = acquired->id;
    f.object_entity = unit.entity;
    for (const ValueMention& v : values) {
      if (v.kind == ValueMention::Kind::kMoney && v.begin == buyer.end + 5 &&
          s.compare(buyer.end, 5, " for ") == 0) {
        f.value_qualifiers["amount"] = sink->Value(v);
      }
    }
    if (planned) f.value_qualifiers["status"] = sink->Value(Literal{"planned", "", ""}, "planned");
    f.sentence = sentence.number;
    CharSpan(s, before[verb].begin, buyer.end, &f.start, &f.end);
    f.rule = "en:unit-sale:acquired";
    sink->Add(std::move(f));
  }
}

bool SoldCompany(const std::string& lemma, const std::vector<int>& objects,
                 const EnglishWords& words, const DocEntities& ents) {
  if (!words.IsSaleVerb(lemma)) return false;
  return std::any_of(objects.begin(), objects.end(), [&](int e) {
    const std::string& t = ents.at(e).type;
    return t == "Organization" || t.empty();
  });
}

}  // namespace kg::ingest
