// Amounts written after a name's appositive ("X, a maker of vans, for $1.1 billion") given to
// the fact whose object the name is.
#include "ingest/en/en_appositive_amounts.h"

#include <string>

namespace kg::ingest {

namespace {

// The money that opens ", for <money>" somewhere after byte `at` within the same clause span
// (no full stop, semicolon or second "for <money>"), when `at` opens an appositive (", ").
const ValueMention* AmountAfterAppositive(const std::string& s, size_t at,
                                          const std::vector<ValueMention>& values) {
  if (s.compare(at, 2, ", ") != 0) return nullptr;
  const ValueMention* found = nullptr;
  for (const ValueMention& v : values) {
    if (v.kind != ValueMention::Kind::kMoney || v.begin < at + 8 || v.begin > at + 160) continue;
    if (s.compare(v.begin - 6, 6, ", for ") != 0) continue;
    std::string between = s.substr(at, v.begin - at);
    if (between.find_first_of(".;") != std::string::npos) continue;
    if (!found || v.begin < found->begin) found = &v;
  }
  return found;
}

}  // namespace

void AppositiveAmounts(const Sentence& sentence, const std::vector<Mention>& mentions,
                       const std::vector<ValueMention>& values, FactSink* sink) {
  const std::string& s = sentence.text;
  for (ExtractedFact& f : sink->out()->facts) {
    if (f.sentence != sentence.number || f.object_entity < 0 ||
        f.value_qualifiers.count("amount")) {
      continue;
    }
    for (const Mention& m : mentions) {
      if (m.entity != f.object_entity) continue;
      const ValueMention* money = AmountAfterAppositive(s, m.end, values);
      if (!money) continue;
      f.value_qualifiers["amount"] = sink->Value(*money);
      NoteValues(values, *sink->out(), &f);
      break;
    }
  }
}

}  // namespace kg::ingest
