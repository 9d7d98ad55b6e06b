// Which column of a table row holds its key, the name the row is about. Usually the first; a
// ranked table opens with its rank (| 순위 | 도구 | 개발사 |, | 순위 | 국가 | 점수 |), and then
// the row is about the name in the column after it. The rank column's header is a ranking
// noun of ko_grammar.json (ranking_nouns), so that the vocabulary, not code, says which.
#include "ingest/ko/ko_extract_impl.h"
#include "ingest/ko/ko_grammar.h"
#include "kg/base/strings.h"

namespace kg::ingest {

size_t KoreanExtractor::Impl::TableKeyColumn() const {
  const Sentence& s = sentence;
  if (s.header.size() < 3 || s.cells.size() != s.header.size()) return 0;
  std::string header = s.header[0];
  header = Trim(header);
  const std::vector<std::string>& ranking = KoreanGrammar::Get().ranking_nouns;
  if (std::find(ranking.begin(), ranking.end(), header) == ranking.end()) return 0;
  // The rank cell holds a rank only: digits, maybe with 위 (1, 2위).
  std::string cell = s.cells[0];
  if (EndsWith(cell, "위")) cell.resize(cell.size() - std::string("위").size());
  if (cell.empty() ||
      !std::all_of(cell.begin(), cell.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
    return 0;
  return 1;
}

}  // namespace kg::ingest
