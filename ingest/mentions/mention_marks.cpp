// Names a text defines itself: "누리랩스(Nuri Labs)", a product in parentheses after its maker,
// a name in quotes, direct speech that is no name.

#include "ingest/mentions/mention_finder_impl.h"
#include "kg/base/strings.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <unordered_set>

#include "ingest/ko/korean.h"
#include "ingest/mentions/emphasis.h"
#include "ingest/values.h"
#include "kg/base/unicode.h"

namespace kg::ingest {

using namespace mention_text;

bool MentionFinder::Impl::InListOfParens(size_t open, size_t close) {
  // "A(a), B(b), C(c)": a paren followed or preceded by ", X(" is a list of names.
  std::string_view s = text();
  size_t after = close;
  while (after < s.size() && s[after] == ' ') ++after;
  if (after < s.size() && s[after] == ',') {
    size_t next_open = s.find('(', after);
    size_t next_comma = s.find(',', after + 1);
    if (next_open != std::string_view::npos &&
        (next_comma == std::string_view::npos || next_open < next_comma)) {
      return true;
    }
  }
  size_t before = s.rfind(',', open);
  if (before != std::string_view::npos) {
    size_t prev_close = s.rfind(')', open);
    if (prev_close != std::string_view::npos && prev_close < open && prev_close + 3 >= before &&
        prev_close < before) {
      return true;
    }
  }
  return false;
}

MentionFinder::Impl::ParenDecision MentionFinder::Impl::AnalyzeParen(size_t open, size_t close_paren, bool in_quote_first_token,
                           bool in_quote) {
  ParenDecision d;
  std::string_view s = text();
  d.close = close_paren + 1;
  std::string content = Trim(s.substr(open + 1, close_paren - open - 1));
  std::string main = content.substr(0, content.find(','));
  main = Trim(main);
  if (main.empty() || HasHangul(main)) return d;  // a Korean gloss
  // "국제 표준화 기구(ISO, IEEE 등)", "중국(DeepSeek, Qwen 등)": examples of the word before it,
  // no other name of it.
  if (content.find(',') != std::string::npos && (EndsWith(content, " 등") || EndsWith(content, ",등"))) return d;
  std::vector<size_t> starts = HeadStarts(open, 3);
  if (starts.empty()) return d;
  size_t head_end = open;
  while (head_end > 0 && s[head_end - 1] == ' ') --head_end;
  if (open - head_end > 1) return d;  // more than one space: not attached

  auto head_text = [&](size_t b) { return std::string(s.substr(b, head_end - b)); };
  bool han = AllOf(main, HanNameChar) && !AllOf(main, [](char32_t c) {
    return IsAsciiLetter(c) || IsAsciiDigit(c) || c == ' ';
  });
  if (han) {
    // Hanja: an alias of a name, or the Sino-Korean spelling of a common word.
    std::string head = head_text(starts[0]);
    if (in_quote && !in_quote_first_token) return d;
    int known = Known(head);
    bool namey = known >= 0 || HasLatinOrDigit(head) || InListOfParens(open, close_paren) ||
                 (sentence.kind == Sentence::Kind::kDefinition && open < sentence.body_begin);
    if (!namey) return d;
    d.kind = ParenDecision::Kind::kAlias;
    d.head_begin = starts[0];
    d.head_end = head_end;
    d.entity = known >= 0 ? known : ents->Intern(head, "", {});
    ents->AddAlias(d.entity, Alias{main, "zh"});
    return d;
  }
  if (!AllOf(main, LatinNameChar)) return d;
  if (AllOf(main, [](char32_t c) { return IsAsciiDigit(c) || c == '.' || c == ' '; })) return d;
  std::string latin = TidyName(main);

  // ORG(PRODUCT): a version-like name after a known organisation.
  std::string last_head = head_text(starts[0]);
  int head_known = Known(last_head);
  bool has_digit = std::any_of(latin.begin(), latin.end(), IsDigitByte);
  if (has_digit && head_known >= 0 && (ents->at(head_known).type == "Organization")) {
    d.kind = ParenDecision::Kind::kProduct;
    d.head_begin = starts[0];
    d.head_end = head_end;
    d.owner = head_known;
    // The writer named the product by its maker ("미스트랄(Mistral-7B)의 출시"), so
    // that name is an alias of the product as well.
    d.entity = ents->Intern(latin, "Product", {Alias{last_head, "ko"}});
    ents->SetOwner(d.entity, head_known);
    return d;
  }
  // Acronym of the word before it: 연방수사국(FBI).
  bool acronym = latin.size() >= 2 && latin.size() <= 8 &&
                 std::all_of(latin.begin(), latin.end(), [](char c) {
                   return std::isupper(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '&' || c == '.';
                 });
  int best = -1;
  double best_score = 0;
  for (size_t k = 0; k < starts.size(); ++k) {
    std::string h = head_text(starts[k]);
    // A candidate that swallows another known name is not one name (구글 제미나이(Gemini)),
    // unless that name is a product's (or of no known kind) and the gloss opens with it too
    // (라온 미니(Raon Mini): a member of the family).
    if (k > 0) {
      bool inner_known = false;
      for (size_t m = 0; m < k; ++m) {
        std::string piece = Trim(s.substr(starts[m + 1], starts[m] - starts[m + 1]));
        int inner = Known(piece);
        const std::string& inner_type = inner >= 0 ? ents->at(inner).type : "";
        bool family = inner >= 0 && m + 1 == k && (inner_type == "Product" || inner_type.empty()) &&
                      StartsWith(ToLower(latin), ToLower(ents->at(inner).name) + " ");
        if (inner >= 0 && !family) inner_known = true;
      }
      if (inner_known) continue;
    }
    double score = Known(h) >= 0 ? 1.0 : TransliterationSimilarity(h, latin);
    if (score >= best_score && score > 0) {  // ties go to the longer head
      best_score = score;
      best = static_cast<int>(k);
    }
  }
  // A title (대표이사(CEO)) or a word of the language with its English
  // (인공지능(AI), 구현(implementation)) is a gloss, not a name.
  if (f.IsTitle(latin) || f.IsTitle(last_head)) return d;
  if (head_known < 0 && Known(latin) < 0 && f.morphology_ && f.morphology_->Analyze(last_head)->known) {
    return d;
  }
  if (best >= 0 && best_score >= 0.75) {
    d.head_begin = starts[static_cast<size_t>(best)];
  } else if (acronym && (head_known >= 0 || HasHangul(last_head))) {
    d.head_begin = starts[0];
  } else {
    return d;  // a translation: 구현(implementation)
  }
  d.kind = ParenDecision::Kind::kAlias;
  d.head_end = head_end;
  std::string head = head_text(d.head_begin);
  std::string type = FollowedByTitle(d.close) ? "Person" : "";
  // An acronym marks an organisation (연방수사국(FBI)), unless the head is a word of the language
  // naming no organisation (인공지능(AI), written so once the name is known from a quote).
  bool common_word = f.morphology_ && f.morphology_->Analyze(last_head)->known &&
                     f.lexicon_.ClassifierSuffixType("ko_org_suffix", last_head).empty();
  if (type.empty() && acronym && !common_word) type = "Organization";
  int known = Known(head);
  if (known < 0) known = Known(latin);
  if (known >= 0) {
    d.entity = known;
    ents->AddAlias(known, Alias{head, "ko"});
    ents->AddAlias(known, Alias{latin, "en"});
    if (!type.empty()) ents->SetType(known, type);
  } else {
    d.entity = ents->Intern(latin, type, {Alias{head, "ko"}});
  }
  return d;
}

bool MentionFinder::Impl::FollowedByTitle(size_t byte) {
  std::string_view s = text();
  size_t i = byte;
  while (i < s.size() && s[i] == ' ') ++i;
  size_t j = i;
  while (j < s.size() && s[j] != ' ') ++j;
  std::string word(s.substr(i, j - i));
  ParticleSplit ps = SplitParticles(word);
  return f.IsTitle(ps.stem) || f.IsTitle(word);
}

void MentionFinder::Impl::Parens(const std::vector<std::pair<size_t, size_t>>& quotes) {
  std::string_view s = text();
  size_t i = 0;
  while ((i = s.find('(', i)) != std::string_view::npos) {
    size_t close = s.find(')', i + 1);
    size_t nested = s.find('(', i + 1);
    if (close == std::string_view::npos) break;
    if (nested != std::string_view::npos && nested < close) {
      i = nested;
      continue;
    }
    bool in_quote = false, first_token = false;
    for (const auto& [qb, qe] : quotes) {
      if (i > qb && i < qe) {
        in_quote = true;
        first_token = s.substr(qb, i - qb).find(' ') == std::string_view::npos;
      }
    }
    ParenDecision d = AnalyzeParen(i, close, first_token, in_quote);
    // A Latin gloss that is not a name (행동(Action)) must not become one later.
    if (d.kind == ParenDecision::Kind::kNone && !HasHangul(s.substr(i, close - i))) {
      blocked.emplace_back(i, close + 1);
    }
    if (d.kind != ParenDecision::Kind::kNone && !in_quote) {
      if (d.kind == ParenDecision::Kind::kProduct) {
        cands.push_back({d.head_begin, d.close, d.entity, d.owner, 0, Mention::Source::kParen});
      } else {
        cands.push_back({d.head_begin, d.close, d.entity, -1, 0, Mention::Source::kParen});
      }
    }
    i = close + 1;
  }
}

std::vector<std::pair<size_t, size_t>> MentionFinder::Impl::QuoteSpans() {
  std::vector<std::pair<size_t, size_t>> spans;
  std::string_view s = text();
  struct Pair {
    const char* open;
    const char* close;
  } pairs[] = {{"\xE2\x80\x98", "\xE2\x80\x99"}, {"\xE2\x80\x9C", "\xE2\x80\x9D"},
               {"\xE3\x80\x8C", "\xE3\x80\x8D"}, {"\xE3\x80\x8E", "\xE3\x80\x8F"},
               {"'", "'"},                       {"\"", "\""}};
  for (const Pair& p : pairs) {
    size_t i = 0;
    size_t ol = std::strlen(p.open), cl = std::strlen(p.close);
    while ((i = s.find(p.open, i)) != std::string_view::npos) {
      size_t content = i + ol;
      // '24.3월: an apostrophe before a year, not a quote.
      if (content + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[content])) &&
          std::isdigit(static_cast<unsigned char>(s[content + 1])) && content + 2 < s.size() &&
          s[content + 2] == '.') {
        i = content;
        continue;
      }
      if (ol == 1 && i > 0 && std::isalpha(static_cast<unsigned char>(s[i - 1]))) {  // it's
        i = content;
        continue;
      }
      size_t j = content;
      size_t close = std::string_view::npos;
      while ((j = s.find(p.close, j)) != std::string_view::npos) {
        // ’ followed by two digits and '.' writes a year, keep looking.
        bool year = j + cl + 2 < s.size() && std::isdigit(static_cast<unsigned char>(s[j + cl])) &&
                    std::isdigit(static_cast<unsigned char>(s[j + cl + 1])) && s[j + cl + 2] == '.';
        if (!year) {
          close = j;
          break;
        }
        j += cl;
      }
      if (close == std::string_view::npos) break;
      bool overlaps = false;
      for (const auto& [b, e] : spans) {
        if (i < e && close + cl > b) overlaps = true;
      }
      if (!overlaps && close > content) spans.emplace_back(i, close + cl);
      i = close + cl;
    }
  }
  return spans;
}

bool MentionFinder::Impl::IsSpeech(size_t after) {
  std::string_view rest = text().substr(after);
  for (const char* m : {"라고", "이라고", "라며", "이라며", "고 말", "고 밝", "며 "}) {
    if (rest.rfind(m, 0) == 0) return true;
  }
  return false;
}

void MentionFinder::Impl::Quotes(const std::vector<std::pair<size_t, size_t>>& spans) {
  std::string_view s = text();
  for (const auto& [qb, qe] : spans) {
    size_t ob = qb, oe = qb;
    oe += (static_cast<unsigned char>(s[qb]) < 0x80) ? 1 : 3;
    size_t ce = qe;
    size_t cb = (static_cast<unsigned char>(s[qe - 1]) < 0x80) ? qe - 1 : qe - 3;
    (void)ob;
    std::string content = Trim(s.substr(oe, cb - oe));
    if (content.empty() || Words(content).size() > 10 || IsSpeech(ce)) continue;
    if (content.find('?') != std::string::npos && Words(content).size() > 4) {
      // A title phrased as a question: a work ('..., 우리의 대응전략은?' 자료).
    }
    std::vector<Alias> aliases;
    std::string name = content;
    std::string type;
    // A parenthesis after the first word(s) names the head: ‘아르테미스(Artemis) 계획’.
    size_t p = content.find('(');
    if (p != std::string::npos) {
      size_t q = content.find(')', p);
      if (q != std::string::npos) {
        std::string head = Trim(content.substr(0, p));
        std::string inner = Trim(content.substr(p + 1, q - p - 1));
        std::string main = Trim(inner.substr(0, inner.find(',')));
        std::string rest = Trim(content.substr(q + 1));
        bool latin = !main.empty() && AllOf(main, LatinNameChar) && !HasHangul(main) &&
                     TransliterationSimilarity(head, main) >= 0.6;
        bool han = !main.empty() && Words(head).size() == 1 && AllOf(main, HanNameChar) &&
                   !AllOf(main, [](char32_t c) { return IsAsciiLetter(c) || IsAsciiDigit(c) || c == ' '; });
        if (latin) {
          // Translate the Korean words that follow: 프로젝트 -> Project, 맥스 -> Max.
          std::string tail;
          bool all = true;
          for (const std::string& w : Words(rest)) {
            if (!HasHangul(w)) {
              tail += " " + w;
              continue;
            }
            // 2.5-맥스: translate the Hangul part after a hyphen.
            size_t dash = w.rfind('-');
            std::string lead = dash == std::string::npos ? "" : w.substr(0, dash + 1);
            std::string word = dash == std::string::npos ? w : w.substr(dash + 1);
            std::string t = f.lexicon_.Transliterate(word);
            if (t.empty()) {
              all = false;
              break;
            }
            tail += " " + lead + t;
          }
          std::string korean = TidyName(head + (rest.empty() ? "" : " " + rest));
          aliases.push_back(Alias{korean, "ko"});
          name = all ? TidyName(main + tail) : korean;
          if (all) aliases.push_back(Alias{TidyName(head + " " + rest), "ko"});
        } else if (han) {
          name = head + (rest.empty() ? "" : " " + rest);
          aliases.push_back(Alias{main, "zh"});
        } else {
          name = TidyName(head + (rest.empty() ? "" : " " + rest));  // drop the gloss
        }
      }
    }
    name = TidyName(name);
    type = TypeFromClassifier(f.lexicon_, s.substr(ce));
    if (type.empty()) type = TypeFromName(f.lexicon_, name);
    if (type == "Work") {
      std::string edition = StripEditionYear(name);
      if (edition != name) {
        aliases.push_back(Alias{name, ""});
        name = edition;
      }
    }
    if (name.empty()) continue;
    int known = Known(name);
    int e = known >= 0 ? known : ents->Intern(name, type, aliases);
    if (known >= 0) {
      for (const Alias& a : aliases) ents->AddAlias(e, a);
    }
    cands.push_back({qb, qe, e, -1, 1, Mention::Source::kQuote});
  }
}

}  // namespace kg::ingest
