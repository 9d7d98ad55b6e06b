// Stakes read from table rows: see en_stake_columns.h.
#include "ingest/en/en_stake_columns.h"

#include <cctype>
#include <string>

#include "ingest/en/en_word_forms.h"

namespace kg::ingest {

namespace {

// The text after "<holding noun> in " at the start of `text` ("Stake in X" -> "X"), or "".
std::string HeldName(const std::string& text, const EnglishWords& words) {
  size_t space = text.find(' ');
  if (space == std::string::npos || text.compare(space, 4, " in ") != 0) return "";
  if (!words.IsHoldingNoun(Lemma(LowerAscii(text.substr(0, space)), false))) return "";
  return text.substr(space + 4);
}

void Emit(const Sentence& sentence, int owner, int held, const ValueMention& v, FactSink* sink) {
  if (owner == held) return;
  ExtractedFact f;
  f.subject = owner;
  f.relation = "owner_of";
  f.object_entity = held;
  f.value_qualifiers["percent"] = sink->Value(v);
  f.sentence = sentence.number;
  CharSpan(sentence.text, v.begin, v.end, &f.start, &f.end);
  f.rule = "en:stake-column:owner_of";
  sink->Add(std::move(f));
}

}  // namespace

void StakeColumnFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                      const std::vector<ValueMention>& values, const EnglishWords& words,
                      const DocEntities& ents, FactSink* sink) {
  const std::string& s = sentence.text;
  if (sentence.cells.size() < 2 || sentence.header.size() != sentence.cells.size() ||
      mentions.empty() || mentions[0].begin != 0 || mentions[0].end != sentence.cells[0].size() ||
      s.compare(0, sentence.cells[0].size(), sentence.cells[0]) != 0) {
    return;
  }
  int owner = mentions[0].entity;
  size_t at = sentence.cells[0].size();  // where the next cell's "; " begins
  for (size_t i = 1; i < sentence.cells.size(); ++i) {
    const std::string& cell = sentence.cells[i];
    if (cell.empty()) continue;
    size_t begin = s.compare(at, 2, "; ") == 0 ? at + 2 : std::string::npos;
    if (begin == std::string::npos || s.compare(begin, cell.size(), cell) != 0) return;
    at = begin + cell.size();
    for (const ValueMention& v : values) {
      if (v.kind != ValueMention::Kind::kPercent || v.begin < begin || v.end > at) continue;
      if (v.begin == begin && v.end == at) {  // "| 50% |" under "| Stake in X |"
        std::string name = HeldName(sentence.header[i], words);
        int held = name.empty() ? -1 : ents.Find(name);
        if (held >= 0) Emit(sentence, owner, held, v, sink);
        continue;
      }
      if (v.end + 1 >= at || s[v.end] != ' ') continue;  // "its 72% stake in X"
      std::string rest = s.substr(v.end + 1, at - v.end - 1);
      std::string name = HeldName(rest, words);
      for (const Mention& m : mentions) {
        if (!name.empty() && m.begin == at - name.size() && m.end <= at && m.end > m.begin &&
            s.compare(m.begin, name.size(), name) == 0) {
          Emit(sentence, owner, m.entity, v, sink);
        }
      }
    }
  }
}

}  // namespace kg::ingest
