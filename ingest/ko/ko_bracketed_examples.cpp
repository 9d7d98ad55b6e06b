// Names given in brackets as examples of the noun written right before them, a list ending in
// 등: "국제 표준화 기구(ISO, IEEE 등)" -- each is of that kind (instance_of, the kind phrase read
// as ko_kind_frames.cpp reads one: bare nouns, two words at least) -- and "중국(DeepSeek, Qwen
// 등)" -- each organisation is of that country (located_in). A bracket of one name is a gloss or
// an abbreviation, not an example, and a list with a word that is no name says nothing.
#include "ingest/ko/ko_extract_impl.h"

namespace kg::ingest {

namespace {

constexpr std::string_view kEtc = "등";

// The bracketed list's items: [begin, end) byte ranges of `s` between `open` and `close`,
// comma-separated, the last one before 등; empty unless there are two items at least.
std::vector<std::pair<size_t, size_t>> ExampleItems(const std::string& s, size_t open,
                                                    size_t close) {
  std::vector<std::pair<size_t, size_t>> items;
  size_t end = close;
  while (end > open + 1 && s[end - 1] == ' ') --end;
  if (end < open + 1 + kEtc.size() || s.compare(end - kEtc.size(), kEtc.size(), kEtc) != 0)
    return {};
  end -= kEtc.size();
  size_t b = open + 1;
  while (b < end) {
    size_t comma = s.find(',', b);
    size_t e = comma == std::string::npos || comma > end ? end : comma;
    size_t ib = b, ie = e;
    while (ib < ie && s[ib] == ' ') ++ib;
    while (ie > ib && s[ie - 1] == ' ') --ie;
    if (ib == ie) return {};
    items.emplace_back(ib, ie);
    b = e + 1;
  }
  return items.size() >= 2 ? items : std::vector<std::pair<size_t, size_t>>{};
}

}  // namespace

void KoreanExtractor::Impl::BracketedExamples() {
  const RelationDef* kind_rel = x.relations_.ForRule("kind_example");
  const RelationDef* located = x.relations_.ForRule("place_descriptor");
  const std::string& s = sentence.text;
  auto entity_spanning = [&](size_t b, size_t e) {
    for (const Mention& m : mentions) {
      if (m.begin == b && m.end == e) return m.entity;
    }
    return -1;
  };
  for (size_t open = s.find('('); open != std::string::npos; open = s.find('(', open + 1)) {
    if (open == 0 || s[open - 1] == ' ') continue;  // written onto the noun it gives examples of
    size_t close = s.find(')', open);
    if (close == std::string::npos || s.find('(', open + 1) < close) continue;
    std::vector<int> examples;
    for (const auto& [b, e] : ExampleItems(s, open, close)) {
      int entity = entity_spanning(b, e);
      if (entity < 0) {
        examples.clear();
        break;
      }
      examples.push_back(entity);
    }
    if (examples.empty()) continue;
    // The token the bracket is written onto, and what it ends in before the bracket.
    int at = -1;
    for (int i = 0; i < static_cast<int>(c.tokens.size()); ++i) {
      if (token(i).begin <= open && open < token(i).end) at = i;
    }
    if (at < 0) continue;
    int country = -1;
    for (const Mention& m : mentions) {
      if (m.end == open && m.begin >= token(at).begin && ents->at(m.entity).type == "Country") {
        country = m.entity;
      }
    }
    if (country >= 0) {
      for (int e : examples) {
        if (located && ents->at(e).type == "Organization") {
          EmitSimple(e, located->id, country, token(at).begin, close + 1, "ko:bracketed-examples");
        }
      }
      continue;
    }
    // The kind: words, not a name (a name before the bracket is glossed or exemplified otherwise).
    bool named = std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
      return m.begin < open && m.end > token(at).begin;
    });
    if (!kind_rel || named || open <= token(at).begin) continue;
    int first = at;
    std::string kind = KindBefore(at, s.substr(token(at).begin, open - token(at).begin), &first);
    if (kind.empty()) continue;
    for (int e : examples)
      EmitKind(e, kind, *kind_rel, token(first).begin, close + 1, "ko:bracketed-examples");
  }
}

}  // namespace kg::ingest
