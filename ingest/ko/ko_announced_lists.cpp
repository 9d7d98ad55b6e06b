// Lists announced as one thing's features, limits or steps (see the header): the cue block,
// the thing it names, the items it announces and each item's head.
#include "ingest/ko/ko_announced_lists.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "ingest/ko/ko_grammar.h"
#include "ingest/values.h"
#include "kg/base/strings.h"

namespace kg::ingest {

namespace {

constexpr size_t kMaxHeadWords = 4;
constexpr size_t kMaxHeadBytes = 60;   // four Hangul words of about five syllables
constexpr size_t kMaxLabelBytes = 60;  // "문서 쪼개기: ..." -- a label, not a sentence's clause

bool OneOf(std::string_view w, const std::vector<std::string>& list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// Whitespace-separated words.
std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    size_t j = i;
    while (j < text.size() && text[j] != ' ') ++j;
    if (j > i) out.emplace_back(text.substr(i, j - i));
    i = j;
  }
  return out;
}

// A word without the punctuation around it (?, :, quotes, brackets, emoji are not letters).
std::string Bare(std::string_view w) {
  auto letter = [](std::string_view s, size_t i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) return std::isalnum(c) != 0 || c == '-' || c == '/';
    return c == 0xEA || c == 0xEB || c == 0xEC || c == 0xED;  // Hangul syllables U+AC00..U+D7A3
  };
  auto continuation = [&](size_t i) { return (static_cast<unsigned char>(w[i]) & 0xC0) == 0x80; };
  size_t b = 0, e = w.size();
  while (b < e && !letter(w, b)) {
    ++b;
    while (b < e && continuation(b)) ++b;
  }
  while (e > b) {
    size_t last = e - 1;  // the first byte of the last code point
    while (last > b && continuation(last)) --last;
    if (letter(w, last)) break;
    e = last;
  }
  return std::string(w.substr(b, e - b));
}

// The relation whose list noun the word is (강점은, 단계로, 특징들을), or null.
const RelationDef* ListNoun(const std::string& word, const RelationVocabulary& relations) {
  const KoreanGrammar& g = KoreanGrammar::Get();
  for (const RelationDef& r : relations.relations()) {
    for (const std::string& noun : r.ko_list_nouns) {
      if (StartsWith(word, noun) && OneOf(word.substr(noun.size()), g.list_cue_endings)) return &r;
    }
  }
  return nullptr;
}

// The one thing words[0..cue) name with 은/는, 이/가 or 의 (X의 강점, X는 다음 단계로): the
// last such name; -1 when there is none, or when it is one of a pair (A와 B의 강점, A vs B).
int Holder(const std::vector<std::string>& words, size_t cue, const DocEntities& entities) {
  static const std::vector<std::string> kMarks = {"의", "은", "는", "이", "가"};
  for (size_t j = cue; j-- > 0;) {
    std::string w = Bare(words[j]);
    for (const std::string& mark : kMarks) {
      if (!EndsWith(w, mark) || w.size() == mark.size()) continue;
      // A name of up to three words ending in this one: "Model Context Protocol의".
      for (size_t k = 0; k < 3 && k <= j; ++k) {
        std::string name = w.substr(0, w.size() - mark.size());
        for (size_t m = 1; m <= k; ++m) name = Bare(words[j - m]) + " " + name;
        int e = entities.Find(name);
        if (e < 0) continue;
        const std::string& type = entities.at(e).type;
        if (type == "Person" || type == "Country" || type == "Place" || type == "Concept")
          return -1;
        size_t before = j - k;
        if (before > 0) {
          std::string prev = Bare(words[before - 1]);
          if (EndsWith(prev, "와") || EndsWith(prev, "과") || prev == "및" || prev == "vs")
            return -1;
        }
        return e;
      }
    }
  }
  return -1;
}

// Whether `s` is a short noun phrase: a few words, none of which carries a particle or a
// verbal ending (요구도, 대화하며), nothing but letters and the marks a name may hold.
bool NounPhrase(std::string_view s) {
  if (s.empty() || s.size() > kMaxHeadBytes) return false;
  if (s.find_first_of(",.?!;:\"'") != std::string_view::npos) return false;
  std::vector<std::string> words = Words(s);
  if (words.empty() || words.size() > kMaxHeadWords) return false;
  const KoreanGrammar& g = KoreanGrammar::Get();
  for (const std::string& w : words) {
    if (Bare(w) != w) return false;
    for (const std::string& f : g.list_head_non_noun_finals) {
      if (EndsWith(w, f) && w.size() > f.size()) return false;
    }
  }
  return true;
}

// "1. 기능 탐색" -> "기능 탐색"; true when there was a number.
bool StripNumber(std::string* s) {
  size_t i = 0;
  while (i < s->size() && IsDigitByte((*s)[i])) ++i;
  if (i == 0 || i + 1 >= s->size() || ((*s)[i] != '.' && (*s)[i] != ')') || (*s)[i + 1] != ' ')
    return false;
  s->erase(0, i + 2);
  return true;
}

std::string Trim(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == ':')) s.pop_back();
  size_t b = 0;
  while (b < s.size() && s[b] == ' ') ++b;
  return s.substr(b);
}

// The name a list item or sub-heading gives its item: a quoted phrase in its lead ('텍스트
// 렌더링'), else the whole lead when it is a short noun phrase. The lead is the bold text
// the item opens with, else the words before ':', else a heading's whole text. A trailing
// "(English)" is left out (기능 탐색 (Discovery)). Empty when the item names nothing.
std::string Head(const Block& b, bool bare_ok) {
  std::string text = b.text;
  bool heading = b.kind == Block::Kind::kHeading;
  size_t shift = 0;
  if (heading) {
    std::string stripped = text;
    if (StripNumber(&stripped)) shift = text.size() - stripped.size();
    text = stripped;
  }
  std::string lead;
  for (const TextSpan& n : b.names) {
    if (n.begin == shift && n.end > n.begin) lead = b.text.substr(n.begin, n.end - n.begin);
  }
  if (lead.empty()) {
    size_t colon = text.find(':');
    if (colon != std::string::npos && colon <= kMaxLabelBytes) {
      lead = text.substr(0, colon);
    } else if (heading || bare_ok) {
      lead = text;
    }
  }
  lead = Trim(lead);
  if (!lead.empty() && lead.back() == ')') {
    size_t open = lead.rfind(" (");
    if (open != std::string::npos) lead = Trim(lead.substr(0, open));
  }
  static const std::vector<std::pair<std::string, std::string>> kQuotes = {
      {"‘", "’"}, {"“", "”"}, {"'", "'"}, {"\"", "\""}, {"「", "」"}};
  for (const auto& [open, close] : kQuotes) {
    size_t o = lead.find(open);
    if (o == std::string::npos) continue;
    size_t c = lead.find(close, o + open.size());
    if (c == std::string::npos) continue;
    std::string quoted = Trim(lead.substr(o + open.size(), c - o - open.size()));
    // The quote names the item when it stands on its own or after a comma or a modifier
    // (보고 배우는 능력, '인컨텍스트 학습'; 정확한 '텍스트 렌더링'), not when it is a word of
    // a clause (어려운 주문도 '척척' 이해).
    std::vector<std::string> before = Words(lead.substr(0, o));
    if (!before.empty() && before.back().back() != ',' && !NounPhrase(before.back())) return "";
    return NounPhrase(quoted) ? quoted : "";  // a quote that is no name: the lead is prose
  }
  return NounPhrase(lead) ? lead : "";
}

bool Numbered(const Block& b) {
  std::string s = b.text;
  return StripNumber(&s);
}

// The thing the list item a nested item `cue` is under names: its whole text, else its first
// word ("GPT-4o 이미지 생성"); -1 when it names none.
int ParentHolder(const std::vector<Block>& blocks, size_t cue, const DocEntities& entities) {
  for (size_t j = cue; j-- > 0;) {
    const Block& b = blocks[j];
    if (b.kind != Block::Kind::kListItem) return -1;
    if (b.level >= blocks[cue].level) continue;
    if (b.level != blocks[cue].level - 1) return -1;
    int e = entities.Find(Bare(b.text));
    std::vector<std::string> words = Words(b.text);
    if (e < 0 && !words.empty()) e = entities.Find(Bare(words[0]));
    if (e < 0) return -1;
    const std::string& type = entities.at(e).type;
    return type == "Person" || type == "Country" || type == "Place" || type == "Concept" ? -1 : e;
  }
  return -1;
}

// The blocks a cue block announces: for a heading, the top list items and numbered
// sub-headings of its section; for a paragraph, the list right after it, or the numbered
// headings right after it down to the end of their section.
std::vector<size_t> Announced(const std::vector<Block>& blocks, size_t cue) {
  std::vector<size_t> out;
  const Block& c = blocks[cue];
  if (c.kind == Block::Kind::kHeading) {
    for (size_t j = cue + 1; j < blocks.size(); ++j) {
      const Block& b = blocks[j];
      if (b.kind == Block::Kind::kHeading) {
        if (b.level <= c.level) break;
        if (b.level == c.level + 1) {
          if (!Numbered(b)) break;
          out.push_back(j);
        }
      } else if (b.kind == Block::Kind::kListItem && b.level == 1) {
        out.push_back(j);
      }
    }
    return out;
  }
  if (c.kind == Block::Kind::kListItem) {  // its nested items, one level down
    for (size_t j = cue + 1; j < blocks.size(); ++j) {
      const Block& b = blocks[j];
      if (b.kind != Block::Kind::kListItem || b.level <= c.level) break;
      if (b.level == c.level + 1) out.push_back(j);
    }
    return out;
  }
  if (c.kind != Block::Kind::kParagraph || cue + 1 >= blocks.size()) return out;
  const Block& first = blocks[cue + 1];
  if (first.kind == Block::Kind::kListItem) {
    for (size_t j = cue + 1; j < blocks.size(); ++j) {
      const Block& b = blocks[j];
      if (b.kind != Block::Kind::kListItem) break;
      if (b.level == first.level) out.push_back(j);
    }
  } else if (first.kind == Block::Kind::kHeading && Numbered(first)) {
    for (size_t j = cue + 1; j < blocks.size(); ++j) {
      const Block& b = blocks[j];
      if (b.kind != Block::Kind::kHeading || b.level > first.level) continue;
      if (b.level < first.level || !Numbered(b)) break;
      out.push_back(j);
    }
  }
  return out;
}

}  // namespace

void ReadAnnouncedLists(const std::vector<Block>& blocks, const std::vector<Sentence>& sentences,
                        const RelationVocabulary& relations, DocEntities* entities,
                        FactSink* sink) {
  auto first_sentence = [&](size_t block) -> const Sentence* {
    for (const Sentence& s : sentences) {
      if (s.block == static_cast<int>(block)) return &s;
    }
    return nullptr;
  };
  for (size_t i = 0; i < blocks.size(); ++i) {
    const Block& cue = blocks[i];
    std::vector<std::string> words = Words(cue.text);
    const RelationDef* rel = nullptr;
    int holder = -1;
    for (size_t w = 0; w < words.size() && !rel; ++w) {
      rel = ListNoun(Bare(words[w]), relations);
      if (rel) holder = Holder(words, w, *entities);
      // "- 핵심 특징" under "- GPT-4o": a list item that is only the list noun (and its
      // modifiers) announces the features of the item it is nested in.
      if (rel && holder < 0 && cue.kind == Block::Kind::kListItem && w + 1 == words.size() &&
          words.size() <= 2) {
        holder = ParentHolder(blocks, i, *entities);
      }
    }
    if (!rel || holder < 0) continue;
    const bool nested = cue.kind == Block::Kind::kListItem;
    int rank = 0;
    for (size_t item : Announced(blocks, i)) {
      ++rank;
      std::string head = Head(blocks[item], nested);
      const Sentence* s = first_sentence(item);
      if (head.empty() || !s) continue;
      int object = entities->Find(head);
      if (object < 0) object = entities->InternUnlisted(head, "Concept");
      if (object == holder) continue;
      ExtractedFact f;
      f.subject = holder;
      f.relation = rel->id;
      f.object_entity = object;
      f.sentence = s->number;
      size_t at = s->text.find(head);
      size_t end = at == std::string::npos ? s->text.size() : at + head.size();
      CharSpan(s->text, at == std::string::npos ? 0 : at, end, &f.start, &f.end);
      if (rel->ko_list_ranked) {
        f.value_qualifiers["rank"] =
            sink->Value(Literal{std::to_string(rank), kXsdInteger, ""}, std::to_string(rank));
      }
      f.rule = "ko:announced-list";
      sink->Add(std::move(f));
    }
  }
}

}  // namespace kg::ingest
