// The phrases of a chunked Korean sentence: tokens grouped between predicates and
// postpositions into noun phrases with the role of their last particle (lists, genitives,
// coordination kept together); then what each phrase denotes: its referents (the head group of
// names, a list walked back over 및 and commas (ko_coordination.cpp), a person before a title,
// a country for its government, a quoted name before its classifier noun) and its genitive
// modifiers.
#include <algorithm>

#include "ingest/ko/ko_chunker.h"
#include "ingest/ko/ko_chunker_words.h"
#include "ingest/ko/ko_coordination.h"
#include "ingest/ko/ko_grammar.h"

namespace kg::ingest {

using namespace ko_words;

void KoreanChunker::GroupPhrases(const std::vector<int>& pred_of, Chunked* chunked) const {
  Chunked& out = *chunked;
  const std::vector<Token>& tokens = out.tokens;
  const int n = static_cast<int>(tokens.size());
  auto pred_token = [&](int i) { return pred_of[static_cast<size_t>(i)] >= 0; };
  Phrase cur;
  bool open = false;
  auto close = [&](Role role) {
    if (!open) return;
    // Closed by what follows (a predicate, a postposition): the last particle still counts.
    const Token& last_token = tokens[static_cast<size_t>(cur.last)];
    if (role == Role::kNone && last_token.role != Role::kNone) {
      role = last_token.role;
      cur.topic = last_token.topic;
      cur.focus = last_token.focus;
    }
    cur.role = role;
    out.phrases.push_back(cur);
    out.sequence.push_back(static_cast<int>(out.phrases.size() - 1));
    open = false;
  };
  int last_pred_added = -1;
  for (int i = 0; i < n; ++i) {
    const Token& t = tokens[static_cast<size_t>(i)];
    if (pred_token(i)) {
      close(Role::kNone);
      int pi = pred_of[static_cast<size_t>(i)];
      if (pi != last_pred_added) {
        out.sequence.push_back(-(pi + 1));
        last_pred_added = pi;
      }
      continue;
    }
    if (t.postposition) {
      std::string stem = t.stem.empty() ? StripPunct(t.text, nullptr) : t.stem;
      std::string kind = PostpositionKind(stem);
      close(Role::kNone);
      if (!out.phrases.empty() && !out.sequence.empty() && out.sequence.back() >= 0) {
        Phrase& p = out.phrases.back();
        p.link = kind;
        if (kind == "means")
          p.role = Role::kMeans;
        else if (kind == "about")
          p.role = Role::kAbout;
        else if (kind == "compare")
          p.role = Role::kCompare;
        else if (kind == "partner")
          p.role = Role::kPartner;
      }
      continue;
    }
    if (t.jurisdiction) {
      close(Role::kNone);
      cur = Phrase{};
      cur.first = cur.last = i;
      cur.jurisdiction = true;
      open = true;
      close(Role::kNone);
      continue;
    }
    if (!open) {
      cur = Phrase{};
      cur.first = i;
      open = true;
    }
    cur.last = i;
    bool next_has_mention =
        i + 1 < n && !pred_token(i + 1) && !tokens[static_cast<size_t>(i + 1)].mentions.empty();
    // "X와 업무협약을 맺고": a relation noun after 와/과 is what is done with X, not X's sibling.
    if (next_has_mention && t.role == Role::kPartner &&
        relation_nouns_.count(
            SplitParticles(StripPunct(tokens[static_cast<size_t>(i + 1)].text, nullptr)).stem)) {
      next_has_mention = false;
    }
    // "김서연 대표와 오태민 CTO가": a titled person joined by 와/과 to the next one.
    auto title_at = [&](int j) {
      if (j >= n || pred_token(j)) return false;
      std::string stem = tokens[static_cast<size_t>(j)].stem;
      size_t paren = stem.find('(');
      return mentions_.IsTitle(stem) ||
             (paren != std::string::npos && paren > 0 && mentions_.IsTitle(stem.substr(0, paren)));
    };
    bool titled_partner = t.role == Role::kPartner && i > cur.first && mentions_.IsTitle(t.stem) &&
                          tokens[static_cast<size_t>(i - 1)].head_is_mention && next_has_mention &&
                          title_at(i + 2);
    // "X와도 Y 생산에서": 와/과 with 도 stresses the partner ("with X too"); it joins no sibling.
    bool coordination =
        (t.role == Role::kPartner && !t.focus && t.head_is_mention && next_has_mention) ||
        titled_partner;
    bool genitive = t.role == Role::kGenitive;
    bool lists =
        (t.comma && next_has_mention && t.head_is_mention) || (t.list_end && t.role == Role::kNone);
    if (t.role == Role::kNone || genitive || coordination || lists) {
      if (t.comma && !t.head_is_mention && t.role == Role::kNone && !t.list_end) {
        // A comma after plain words ends the phrase (수립, 데이터센터...).
        close(Role::kNone);
      }
      continue;
    }
    cur.topic = t.topic;
    cur.focus = t.focus;
    close(t.role);
  }
  close(Role::kNone);
}

void KoreanChunker::DescribePhrases(const std::string& s, const std::vector<Mention>& mentions,
                                    const DocEntities& entities, Chunked* chunked) const {
  Chunked& out = *chunked;
  const std::vector<Token>& tokens = out.tokens;
  for (Phrase& p : out.phrases) {
    if (p.role == Role::kSubject && !p.topic && morphology_ &&
        p.last + 1 < static_cast<int>(tokens.size())) {
      const Token& next = tokens[static_cast<size_t>(p.last + 1)];
      std::string word = StripPunct(next.text, nullptr);
      if (next.mentions.empty() && next.values.empty() && !word.empty()) {
        for (const WordReading& r : morphology_->Analyze(word)->readings) {
          if (r.predicate && !r.compound && !r.rest.empty() &&
              AnalyzeEnding(r.rest).kind == EndingKind::kAdnominal) {
            p.relative_subject = true;
          }
        }
      }
    }
    for (int i = p.first; i <= p.last; ++i) {
      for (int v : tokens[static_cast<size_t>(i)].values) p.values.push_back(v);
    }
    const Token& last = tokens[static_cast<size_t>(p.last)];
    p.head = last.stem;
    if (p.jurisdiction) {
      for (int m : last.mentions) p.referents.push_back(mentions[static_cast<size_t>(m)].entity);
      continue;
    }
    // Find where the head group ends: the last mention-headed token, or the token before
    // 등 when classifier nouns follow (한빛전자 등 국내 업체가).
    int head_end = -1;
    if (last.head_is_mention) {
      head_end = p.last;
    } else {
      for (int i = p.last; i >= p.first; --i) {
        const Token& t = tokens[static_cast<size_t>(i)];
        if (t.list_end && t.mentions.empty() && i > p.first) {
          head_end = i - 1;
          break;
        }
        if (t.list_end && t.head_is_mention) {
          head_end = i;
          break;
        }
      }
    }
    // Apposition: [ORG] PERSON TITLE or PERSON [ORG] TITLE.
    if (head_end < 0 && Apposition(tokens, mentions, entities, &p)) continue;
    // 중국 정부: a country's government stands for the country.
    if (head_end < 0 && (last.stem == "정부" || last.stem == "당국") && p.last > p.first) {
      const Token& prev = tokens[static_cast<size_t>(p.last - 1)];
      if (prev.head_is_mention && prev.role == Role::kNone) {
        int e = mentions[static_cast<size_t>(prev.mentions.back())].entity;
        if (entities.at(e).type == "Country") {
          p.referents.push_back(e);
          continue;
        }
      }
    }
    // "클로드와 GPT 모델을": a classifier noun after coordinated names stands for all of them.
    if (head_end < 0) head_end = NamesBeforeClassifier(tokens, mentions, entities, p);
    // Walk back over the list: A, B 및 C, A와 B, A의 X와 B의 Y, 미·중 (ko_coordination.cpp).
    if (head_end >= 0) p.referents = Conjuncts(tokens, mentions, p, head_end);
    // "‘X’라는 (새로운) 도구를": the noun stands for the name that 라는 leads to it.
    if (head_end < 0 && p.referents.empty()) {
      for (int i = p.first; i < p.last; ++i) {
        const Token& t = tokens[static_cast<size_t>(i)];
        if (t.names_next) p.referents = {mentions[static_cast<size_t>(t.mentions.back())].entity};
      }
    }
    // ‘Title’ 자료, ‘X’ 개념, ‘아르테미스’ 합작회사: a quoted name and its classifier noun.
    if (p.referents.empty() && p.last > p.first) {
      const Token& prev = tokens[static_cast<size_t>(p.last - 1)];
      static constexpr std::string_view kClassifiers[] = {
          "자료", "보고서",   "보고",   "프로젝트", "전략", "정책", "계획",
          "모델", "서비스",   "선언문", "개념",     "법",   "법안", "지수",
          "통계", "합작회사", "회사",   "기업",     "펀드", "센터", "단계"};
      bool classifier = false;
      for (std::string_view c : kClassifiers) {
        if (last.stem == c) classifier = true;
      }
      if (classifier && prev.head_is_mention && prev.role == Role::kNone &&
          mentions[static_cast<size_t>(prev.mentions.back())].source == Mention::Source::kQuote) {
        p.referents.push_back(mentions[static_cast<size_t>(prev.mentions.back())].entity);
      }
    }
    // Mentions not in the head group are modifiers (genitives, 중국 AI 시장).
    for (int i = p.first; i <= p.last; ++i) {
      for (int m : tokens[static_cast<size_t>(i)].mentions) {
        int e = mentions[static_cast<size_t>(m)].entity;
        if (std::find(p.referents.begin(), p.referents.end(), e) == p.referents.end()) {
          p.genitive.push_back(e);
          const Token& t = tokens[static_cast<size_t>(i)];
          bool marked = t.role == Role::kGenitive && m == t.mentions.back();
          // "중국 수출", "미국 진출": a bare place before an activity noun is where the
          // activity goes, not who owns it.
          bool adjacent = i == p.last - 1 && t.head_is_mention && t.role == Role::kNone &&
                          !IsDirectionalNoun(last.stem);
          size_t mb = mentions[static_cast<size_t>(m)].begin;
          bool prefixed =
              mb >= 3 && (s.compare(mb - 3, 3, "對") == 0 || s.compare(mb - 3, 3, "反") == 0 ||
                          s.compare(mb - 3, 3, "脫") == 0 || s.compare(mb - 3, 3, "親") == 0);
          if ((marked || adjacent) && !prefixed) p.owner_genitive.push_back(e);
        }
      }
    }
    if (p.referents.empty() && !p.owner_genitive.empty()) {
      p.coordinated_owners = CoordinatedOwners(tokens, mentions, p, p.owner_genitive.back());
    }
  }
}

bool KoreanChunker::Apposition(const std::vector<Token>& tokens,
                               const std::vector<Mention>& mentions, const DocEntities& entities,
                               Phrase* phrase) const {
  Phrase& p = *phrase;
  const Token& last = tokens[static_cast<size_t>(p.last)];
  std::string title_word = last.stem;
  // "최고기술책임자(CTO)가": the title with its abbreviation in parentheses, which names it
  // when it is a title too (the form a reader in either language knows).
  if (size_t paren = title_word.find('(');
      paren != std::string::npos && paren > 0 && mentions_.IsTitle(title_word.substr(0, paren))) {
    size_t close = title_word.find(')', paren);
    std::string gloss =
        close == std::string::npos ? "" : title_word.substr(paren + 1, close - paren - 1);
    title_word = mentions_.IsTitle(gloss) ? gloss : title_word.substr(0, paren);
  }
  // "통상차관보", "조사조정국장": a field fused to a title holds that title (the longest one it
  // ends with), as the mention finder reads it.
  if (!mentions_.IsTitle(title_word) && mentions_.IsCompoundTitle(title_word)) {
    const size_t kSyllable = 3;  // bytes of one Hangul syllable in UTF-8
    for (size_t head = 2 * kSyllable; head < title_word.size(); head += kSyllable) {
      if (mentions_.IsTitle(title_word.substr(head))) {
        title_word = title_word.substr(head);
        break;
      }
    }
  }
  if (mentions_.IsTitle(title_word) && p.last > p.first) {
    int person = -1, org = -1;
    // "대표이사 사장": of two titles in a row the first, nearest the names, says the office.
    int names_end = p.last - 1;
    if (names_end > p.first) {
      const Token& before = tokens[static_cast<size_t>(names_end)];
      if (before.mentions.empty() && before.role == Role::kNone && mentions_.IsTitle(before.stem)) {
        title_word = before.stem;
        --names_end;
      } else if (before.mentions.empty() && before.role == Role::kNone && before.values.empty() &&
                 tokens[static_cast<size_t>(names_end - 1)].head_is_mention &&
                 tokens[static_cast<size_t>(names_end - 1)].role == Role::kNone) {
        // "방준혁 이사회 의장", "홍길동 신임 대표": a word of the office between the name and
        // the title.
        --names_end;
      }
    }
    int reach = names_end - 2;
    for (int i = names_end; i >= p.first && i >= reach; --i) {
      const Token& t = tokens[static_cast<size_t>(i)];
      // "서지우 전 보건복지부 차관": 전 (former) between the person and the organisation marks
      // the title as held before; the person is the name before it.
      if (org >= 0 && person < 0 && i == names_end - 1 && t.mentions.empty() &&
          t.role == Role::kNone && OneOf(t.text, KoreanGrammar::Get().former_title_words)) {
        --reach;
        continue;
      }
      // "X의 홍길동 변호사": an organisation in the genitive right before the person is where
      // they hold the title.
      bool genitive = t.role == Role::kGenitive && person >= 0 && org < 0 && i == names_end - 1;
      if (!t.head_is_mention || (t.role != Role::kNone && !genitive)) break;
      int e = mentions[static_cast<size_t>(t.mentions.back())].entity;
      const std::string& type = entities.at(e).type;
      if (genitive) {
        if (type == "Organization" || type == "Government" || type.empty()) org = e;
        break;
      }
      if (type == "Person" && person < 0) person = e;
      // A name of no known kind between a person and their title is where they hold it.
      else if ((type == "Organization" || type == "Government" || type == "Country" ||
                type.empty()) &&
               org < 0) {
        org = e;
      }
    }
    if (person >= 0) {
      p.referents.push_back(person);
      p.person_org = org;
      p.titled = {{person, title_word}};
      // Titled persons before it joined by 와/과 (김서연 대표와 오태민 CTO가) are its siblings.
      for (int i = names_end - 1; i > p.first; --i) {
        const Token& title = tokens[static_cast<size_t>(i)];
        const Token& name = tokens[static_cast<size_t>(i - 1)];
        if (title.role != Role::kPartner || !mentions_.IsTitle(title.stem) || !name.head_is_mention)
          break;
        int e = mentions[static_cast<size_t>(name.mentions.back())].entity;
        if (entities.at(e).type != "Person") break;
        p.referents.insert(p.referents.begin(), e);
        p.titled.insert(p.titled.begin(), {e, title.stem});
        --i;
      }
      return true;
    }
  }
  return false;
}

}  // namespace kg::ingest
