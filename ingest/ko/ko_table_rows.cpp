// A Markdown or HTML table row is a record read against its header: the row's first cell
// (after a rank column, the next one: ko_table_keys.cpp) names what the row is about (its
// key), and a column whose header holds a relation word says what each name in its cell is
// to the key (| 기업 | 대표 제품 | -> the company develops the product; | 공장 | 본사 | ->
// located_in; | 보고서 | 발표 기관 | -> published_by). Which headers say what is data: the
// relation vocabulary's own words, and relations.json's table_headers for nouns that are no
// relation word in running text (제품).
#include "ingest/ko/ko_extract_impl.h"

namespace kg::ingest {

namespace {

// Nouns that make a header name the doer of its relation word: 공급사 (supplier), 투자사,
// 발표 기관, 창업자 -- the cell is who does it.
bool AgentHeader(const std::string& header) {
  for (std::string_view suffix : {"사", "기관", "자", "업체", "기업"}) {
    if (EndsWith(header, suffix)) return true;
  }
  return false;
}

}  // namespace

void KoreanExtractor::Impl::TableRow() {
  const Sentence& s = sentence;
  if (s.header.empty() || s.cells.size() != s.header.size() || s.cells.size() < 2) return;
  // Where each non-empty cell is in the sentence text ("a; b; c").
  std::vector<std::pair<size_t, size_t>> spans(s.cells.size(), {0, 0});
  size_t at = 0;
  for (size_t k = 0; k < s.cells.size(); ++k) {
    if (s.cells[k].empty()) continue;
    size_t found = s.text.find(s.cells[k], at);
    if (found == std::string::npos) return;  // the row is not the sentence it was split into
    spans[k] = {found, found + s.cells[k].size()};
    at = spans[k].second;
  }
  auto entities_in = [&](size_t k) {
    std::vector<int> out;
    for (const Mention& m : mentions) {
      if (m.begin >= spans[k].first && m.end <= spans[k].second &&
          std::find(out.begin(), out.end(), m.entity) == out.end()) {
        out.push_back(m.entity);
      }
    }
    return out;
  };
  // The key's column: the first, or the one after a rank column (| 순위 | 도구 | 개발사 |).
  const size_t kc = TableKeyColumn();
  std::vector<int> keys = entities_in(kc);
  // The key is the cell's name, not a name inside a description (배터리(77.4kWh NCM 파우치)).
  bool key_opens = false;
  for (const Mention& m : mentions)
    key_opens |= keys.size() == 1 && m.entity == keys.front() && m.begin == spans[kc].first;
  // A cell no mention covers whole is a name by its place (ko_table_named_keys.cpp), read only
  // against the maker column.
  bool cell_key = false;
  if (keys.size() != 1 || !key_opens ||
      !NameEndsText(keys.front(), spans[kc].first, spans[kc].second)) {
    int named = TableCellName(kc, spans);
    if (named >= 0) {
      keys = {named};
      cell_key = key_opens = true;
    }
  }
  if (keys.size() != 1 || !key_opens) return;
  const int key = keys.front();
  auto type_score_ok = [](const std::string& want, const std::string& have) {
    for (size_t from = 0; from <= want.size();) {  // "Place|Organization"
      size_t bar = want.find('|', from);
      if (bar == std::string::npos) bar = want.size();
      if (TypeCompatible(want.substr(from, bar - from), have)) return true;
      from = bar + 1;
    }
    return false;
  };
  std::vector<int> makers;  // who a maker column (| 개발사 |) says develops the key
  for (size_t k = kc + 1; k < s.cells.size(); ++k) {
    if (s.cells[k].empty()) continue;
    std::string header = s.header[k];
    while (!header.empty() && header.back() == ' ') header.pop_back();
    const RelationDef* rel = nullptr;
    size_t space = header.rfind(' ');
    std::string last = space == std::string::npos ? header : header.substr(space + 1);
    bool agent = false;
    bool column_subject = false;
    const RelationDef* column = TableColumnRelation(header, &column_subject);
    if (column) {
      rel = column;
    } else if ((rel = x.relations_.ForTableHeader(last)) == nullptr) {
      // A relation word of the vocabulary that is the header's head: the last word (본사,
      // 창업), the last word less an agent suffix (공급사), or the word before an agent noun
      // (발표 기관). Not a word inside another head (발표 주제, 소속·직함).
      std::vector<std::string> words;
      for (size_t from = 0; from <= header.size();) {
        size_t cut = header.find(' ', from);
        if (cut == std::string::npos) cut = header.size();
        if (cut > from) words.push_back(header.substr(from, cut - from));
        from = cut + 1;
      }
      agent = AgentHeader(header);
      std::vector<std::string> heads = {last};
      for (std::string_view suffix : {"사", "자"}) {
        if (EndsWith(last, suffix) && last.size() > suffix.size())
          heads.push_back(last.substr(0, last.size() - suffix.size()));
      }
      if (agent && words.size() >= 2) heads.push_back(words[words.size() - 2]);
      std::vector<const RelationDef*> rels;
      for (const RelationDef& r : x.relations_.relations()) {
        if (r.object != ObjectKind::kEntity) continue;
        for (const std::string& w : r.ko_stems) {
          if (std::find(heads.begin(), heads.end(), w) != heads.end() &&
              std::find(rels.begin(), rels.end(), &r) == rels.end()) {
            rels.push_back(&r);
          }
        }
      }
      // Of several relations the word may state, the one the key's kind fits; none when the
      // key's kind cannot tell them apart.
      std::vector<const RelationDef*> fitting;
      for (const RelationDef* r : rels) {
        bool cell_subject =
            agent && std::find(r->ko_subject_roles.begin(), r->ko_subject_roles.end(), "object") ==
                         r->ko_subject_roles.end();
        const std::string& key_want = cell_subject ? r->object_type : r->subject_type;
        const std::string& have = ents->at(key).type;
        bool fits =
            key_want.empty() ? rels.size() == 1 : (!have.empty() && TypeCompatible(key_want, have));
        if (fits) fitting.push_back(r);
      }
      if (fitting.size() == 1) rel = fitting.front();
    }
    if (!rel) continue;
    bool cell_subject =
        column ? column_subject
               : agent && std::find(rel->ko_subject_roles.begin(), rel->ko_subject_roles.end(),
                                    "object") == rel->ko_subject_roles.end();
    for (int e : entities_in(k)) {
      if (e == key) continue;
      const std::string& t = ents->at(e).type;
      if (t == "Person" && !cell_subject && rel->object_type != "Person") continue;
      // The cell's kind must fit the side it fills when the relation says (a product column
      // holding an organisation's name is not the product: 위탁생산 (CMO)).
      const std::string& want = cell_subject ? rel->subject_type : rel->object_type;
      if (!want.empty() && !t.empty() && type_score_ok(want, t) == false) continue;
      if ((column || rel == x.relations_.ForTableHeader(last)) && !t.empty() && t != "Product" &&
          t != "Work" && t != "Concept") {
        continue;
      }
      // | 칩셋 | 미디어텍 디멘시티 9300 |: the cell's name is the one it ends on, not the maker's
      // before it, nor a name inside a longer one that was not recognised (델 XPS 13).
      if (column && !NameEndsText(e, spans[k].first, spans[k].second)) continue;
      if (cell_key &&
          (!cell_subject || rel->id != "develops" || (t != "Organization" && !t.empty())))
        continue;
      if (cell_subject) {
        if (rel->id == "develops") makers.push_back(e);
        EmitSimple(e, rel->id, key, spans[kc].first, spans[k].second, "ko:table-row");
      } else {
        EmitSimple(key, rel->id, e, spans[kc].first, spans[k].second, "ko:table-row");
      }
    }
  }
  TableReleases(key, kc, makers, spans);
}

}  // namespace kg::ingest
