// Measures written in a table row: | 칩 | 제조사 | NPU 성능 | over | A18 Pro | 애플 | 35 TOPS |.
// A cell that holds only a number and a unit of measure (ko_grammar.json: measure_units, 초 ->
// seconds, TOPS), or only a bare number under a header whose last word is a count noun
// (| 최대 매개변수 | 700억 |, count_nouns), is a measure of the row's key -- the one name that
// is the whole first cell: has_metric "35 TOPS", role the header. A cell with words besides the
// number (10초 내외, 1080p) or a key that is no single name says nothing.
#include "ingest/ko/ko_extract_impl.h"
#include "ingest/ko/ko_grammar.h"
#include "ingest/value_numbers.h"

namespace kg::ingest {

void KoreanExtractor::Impl::TableMeasures() {
  const Sentence& s = sentence;
  const RelationDef* metric = x.relations_.ForRule("metric_statement");
  if (!metric || s.header.empty() || s.cells.size() != s.header.size() || s.cells.size() < 2)
    return;
  const KoreanGrammar& g = KoreanGrammar::Get();
  // The key: one name that is the whole first cell (클링 2.1 is not 클링).
  size_t first = s.text.find(s.cells[0]);
  if (s.cells[0].empty() || first == std::string::npos) return;
  int key = -1;
  for (const Mention& m : mentions) {
    if (m.begin < first || m.end > first + s.cells[0].size()) continue;
    if (key >= 0 && m.entity != key) return;  // two names: no one key
    if (m.begin == first && m.end == first + s.cells[0].size()) key = m.entity;
  }
  if (key < 0) return;
  const std::string& type = ents->at(key).type;
  if (type == "Concept" || type == "Person") return;
  std::vector<std::string> units;
  for (const auto& [unit, english] : g.measure_units) units.push_back(unit);
  size_t at = first + s.cells[0].size();
  for (size_t k = 1; k < s.cells.size(); ++k) {
    const std::string& cell = s.cells[k];
    if (cell.empty()) continue;
    size_t b = s.text.find(cell, at);
    if (b == std::string::npos) return;  // the row is not the sentence it was split into
    at = b + cell.size();
    std::string header = s.header[k];
    while (!header.empty() && header.back() == ' ') header.pop_back();
    if (header.empty()) continue;
    long double number = 0;
    std::string counter;
    size_t end = value_numbers::ParseKoreanCount(s.text, b, units, &number, &counter);
    if (end != b + cell.size() || number <= 0) continue;  // more than a number and its unit
    std::string unit;
    if (!counter.empty()) {
      unit = g.measure_units.at(counter);
    } else {
      size_t space = header.rfind(' ');
      std::string last = space == std::string::npos ? header : header.substr(space + 1);
      auto noun = g.count_nouns.find(last);
      if (noun == g.count_nouns.end()) continue;  // a bare number under a header of no count
      unit = noun->second;
    }
    ExtractedFact f;
    f.subject = key;
    f.relation = metric->id;
    f.object_value = sink->Value(
        Literal{value_numbers::FormatAmount(number) + " " + unit, kKgQuantity, ""}, cell);
    f.value_qualifiers["role"] = sink->Value(Literal{header, "", ""}, header);
    f.sentence = s.number;
    CharSpan(s.text, first, b + cell.size(), &f.start, &f.end);
    f.rule = "ko:table-measure";
    sink->Add(std::move(f));
  }
}

}  // namespace kg::ingest
