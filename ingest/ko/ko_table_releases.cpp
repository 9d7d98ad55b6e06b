// A table that lists products with their maker and the date each came out (| 모델 | 개발사 |
// 공개 시기 |, | 서비스 | 개발사 | 출시 |) says, row by row, that the maker released the
// product on that date. ko_table_rows.cpp reads the maker column (develops); this file reads
// the date column against it, since a date is no name the row reader relates.
#include "ingest/ko/ko_extract_impl.h"

namespace kg::ingest {

namespace {

// Whether `header` names the date of a release: a release word of the vocabulary, bare or
// with a date noun after it (출시, 공개 시기, 출시일).
bool ReleaseDateHeader(std::string header, const RelationDef& released) {
  header.erase(std::remove(header.begin(), header.end(), ' '), header.end());
  for (const std::string& stem : released.ko_stems) {
    if (CodePointCount(stem) < 2 || !StartsWith(header, stem)) continue;
    std::string rest = header.substr(stem.size());
    if (rest.empty()) return true;
    for (const std::string& noun : KoreanGrammar::Get().date_header_nouns) {
      if (rest == noun) return true;
    }
  }
  return false;
}

}  // namespace

void KoreanExtractor::Impl::TableReleases(int key, size_t key_column,
                                          const std::vector<int>& makers,
                                          const std::vector<std::pair<size_t, size_t>>& spans) {
  const Sentence& s = sentence;
  const RelationDef* released = x.relations_.Find("released");
  if (released == nullptr || makers.size() != 1) return;
  if (!TypeCompatible(released->object_type, ents->at(key).type)) return;
  for (size_t k = key_column + 1; k < s.cells.size() && k < spans.size(); ++k) {
    if (s.cells[k].empty() || !ReleaseDateHeader(s.header[k], *released)) continue;
    const ValueMention* date = nullptr;
    int dates = 0;
    for (const ValueMention& v : values) {
      if (v.kind != ValueMention::Kind::kDate || v.begin < spans[k].first ||
          v.end > spans[k].second)
        continue;
      date = &v;
      ++dates;
    }
    if (dates != 1) continue;
    std::map<std::string, int> quals = {{"date", sink->Value(*date)}};
    EmitSimple(makers.front(), released->id, key, spans[key_column].first, spans[k].second,
               "ko:table-release", quals);
    return;
  }
}

}  // namespace kg::ingest
