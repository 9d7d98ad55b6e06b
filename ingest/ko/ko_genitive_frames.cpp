// Relations Korean states with a genitive rather than a verb: "Y의 자회사 X", "Y의 최대주주인
// X" (a relation noun between the genitive and a name), "X는 Y의 주주다" (the same noun
// predicated of the topic by a copula, or by its connective: "X는 Y의 후속작으로, ..."), and
// "ORG의 PRODUCT" / "ORG의 게임 PRODUCT" (an organisation's named product is one it makes), and
// "A, B 등이 회원사로 있는 Y" (the noun marked 로 in a clause about the name it modifies); a
// business group's companies (Y그룹의 계열사 X, Y그룹의 X) are its members.
// Which nouns say what is data (relations.json: genitive_nouns, titles; the lexicon's
// classifiers), never words in code.
#include "ingest/ko/ko_extract_impl.h"
#include "ingest/ko/ko_chunker_words.h"
#include "ingest/ko/morphology.h"

namespace kg::ingest {

namespace {

// The copula's forms after a noun that end a statement or lead on to the next clause (회원사다,
// 회원사이기도 하다); 인 (회원사인 X) leads to a name instead.
bool FinalCopula(std::string_view rest) {
  for (std::string_view c : {"이다", "다", "이며", "이고", "이자", "예요", "이에요", "였", "이었", "입니", "이라",
                             "라", "랍니", "래", "이기도"}) {
    if (rest.substr(0, c.size()) == c) return true;
  }
  return false;
}

// What may follow a noun inside its eojeol and keep it that noun: particles, the copula.
bool NounRemainder(std::string_view rest) {
  return rest.empty() || IsParticleSequence(rest) || rest.substr(0, 3) == "인" || FinalCopula(rest);
}

}  // namespace

// Whether the genitive's name is that of a business group (가람그룹의): its word before the
// particle, or the entity's name, ends in one of ko_grammar.json group_name_finals.
bool KoreanExtractor::Impl::GroupName(const Token& g, int entity) const {
  std::string stem = SplitParticles(ko_words::StripPunct(g.text, nullptr)).stem;
  for (const std::string& f : KoreanGrammar::Get().group_name_finals) {
    if (EndsWith(stem, f) || EndsWith(ents->at(entity).name, f)) return true;
  }
  return false;
}

bool KoreanExtractor::Impl::GenitiveNoun(const std::string& word, const RelationDef** rel,
                                         bool* named_is_subject, bool* copula) const {
  // The longest noun the word ends in before its particles or copula (한국법인인 -> 법인).
  size_t best = 0;
  for (const RelationDef& r : x.relations_.relations()) {
    auto consider = [&](const std::string& noun, bool subject) {
      if (noun.size() <= best) return;
      for (size_t at = 0; (at = word.find(noun, at)) != std::string::npos; at += 1) {
        std::string_view rest = std::string_view(word).substr(at + noun.size());
        if (NounRemainder(rest)) {
          best = noun.size();
          *rel = &r;
          *named_is_subject = subject;
          if (copula) *copula = FinalCopula(rest);
          return;
        }
      }
    };
    for (const auto& [noun, subject] : r.ko_genitive_nouns) consider(noun, subject);
    // Titles: "Y의 대표 X" (X ceo_of Y); "Y의 창업자 X" names the object (Y founded_by X).
    for (const std::string& t : r.ko_titles) consider(t, r.object_type != "Person");
  }
  return best > 0;
}

void KoreanExtractor::Impl::GenitiveFrames() {
  const RelationDef* maker = x.relations_.ForRule("genitive_product");
  const RelationDef* group = x.relations_.ForRule("group_membership");
  const RelationDef* possession = x.relations_.ForRule("possession");
  auto type_of = [&](int e) -> const std::string& { return ents->at(e).type; };
  auto is_org = [&](int e) { return type_of(e) == "Organization"; };
  const int n = static_cast<int>(c.tokens.size());
  for (int i = 0; i < n; ++i) {
    const Token& g = token(i);
    if (g.mentions.empty() || !g.head_is_mention) continue;
    int owner = mentions[static_cast<size_t>(g.mentions.back())].entity;
    // An organisation written bare right before a relation noun stands as its genitive
    // (미국 상무부 산하 X, Y 회원사인 X); places and people before nouns describe instead.
    if (g.role == Role::kNone && i + 1 < n) {
      const RelationDef* r = nullptr;
      bool subject = false;
      const std::string& kind = type_of(owner);
      bool organisation = kind == "Organization" || kind == "Government" || kind.empty();
      if (!organisation || !token(i + 1).mentions.empty() ||
          !GenitiveNoun(ko_words::StripPunct(token(i + 1).text, nullptr), &r, &subject)) {
        continue;
      }
    } else if (g.role != Role::kGenitive) {
      continue;
    }
    // Descriptor nouns after the genitive (미국 자회사, 모바일 게임), then a name or nothing.
    int j = i + 1;
    const RelationDef* rel = nullptr;
    bool named_subject = false;
    std::string product_kind;
    int last_descriptor = -1;
    bool adnominal = false;
    // The relation noun ends the statement with the copula written onto it (Y 회원사다), which
    // the dictionary may not read for a noun it does not know.
    bool copula = false;
    // A country or place among them says where (오스코텍의 미국 자회사): it is a descriptor too.
    auto descriptor = [&](const Token& t) {
      if (!t.values.empty() || (t.comma && t.role != Role::kMeans)) return false;  // 후속작으로, ends it
      if (t.mentions.empty()) return true;
      const std::string& kind = type_of(mentions[static_cast<size_t>(t.mentions.back())].entity);
      return t.mentions.size() == 1 && t.role == Role::kNone && (kind == "Country" || kind == "Place");
    };
    while (j < n && j <= i + 3 && descriptor(token(j))) {
      std::string word = ko_words::StripPunct(token(j).text, nullptr);
      const RelationDef* r = nullptr;
      bool subject = false;
      bool final_copula = false;
      if (GenitiveNoun(word, &r, &subject, &final_copula)) {
        rel = r;
        named_subject = subject;
        copula = final_copula;
      }
      std::string stem = SplitParticles(word).stem;
      if (x.lexicon_.ClassifierSuffixType("ko_before_name", stem) == "Product") product_kind = stem;
      last_descriptor = j;
      ++j;
      // "자회사인 X": the adnominal copula leads on to the name; a final one (주주다) ends it.
      adnominal = EndsWith(word, "인");
      if (token(j - 1).role != Role::kNone || ((token(j - 1).predicative || copula) && !adnominal)) break;
    }
    int named = -1;
    bool predicative = last_descriptor >= 0 && (token(last_descriptor).predicative || copula);
    bool open = last_descriptor < 0 || (token(last_descriptor).role == Role::kNone && (!predicative || adnominal));
    if (j < n && open) {
      const Token& t = token(j);
      if (!t.mentions.empty() && mentions[static_cast<size_t>(t.mentions[0])].begin == t.begin) {
        named = mentions[static_cast<size_t>(t.mentions[0])].entity;
      }
      // "Y의 AI 비서 X": a name followed by a noun and another name only modifies that one.
      if (named >= 0 && t.role == Role::kNone && j + 2 < n && token(j + 1).mentions.empty() &&
          !token(j + 2).mentions.empty()) {
        named = -1;
        // "IBM의 AI 시스템 왓슨": the first name was a concept modifying a product noun.
        if (int k = rel ? -1 : NameAfterConceptClassifier(j, &product_kind); k >= 0) {
          j = k;
          named = mentions[static_cast<size_t>(token(k).mentions[0])].entity;
        }
      }
    }
    size_t b = g.begin, e = named >= 0 ? token(j).end : (last_descriptor >= 0 ? token(last_descriptor).end : g.end);
    // The copula may be its connective form: 으로 closing its clause with a comma (후속작으로,).
    if (rel && named < 0 && predicative) {
      // "X는 Y의 주주다", "X: Y의 후속 모델로,": the topic is the name the noun is said of.
      named = CopulaTopic(g.begin);
    }
    if (named < 0 || named == owner) continue;
    // A business group (가람그룹) holds no company: one its genitive holds by a noun (계열사) or
    // names right after it is a member of it (ko_grammar.json group_name_finals).
    if (group && possession && GroupName(g, owner) && (is_org(named) || type_of(named).empty())) {
      bool held = rel == possession && !named_subject;
      if (held || (!rel && last_descriptor < 0)) {
        EmitSimple(named, group->id, owner, b, e, "ko:group-member");
        continue;
      }
    }
    if (rel) {
      const std::string& person_side = named_subject ? rel->subject_type : rel->object_type;
      if (person_side == "Person" && type_of(named) != "Person") continue;
      if (named_subject) EmitSimple(named, rel->id, owner, b, e, "ko:genitive-noun");
      else EmitSimple(owner, rel->id, named, b, e, "ko:genitive-noun");
      continue;
    }
    // ORG의 PRODUCT: a named thing of no other kind, said of an organisation, is its product.
    if (!maker || !is_org(owner) || (last_descriptor >= 0 && product_kind.empty())) continue;
    const std::string& t = type_of(named);
    // An untyped name of Hangul words only (프리야 메논) is as likely a person written in Korean.
    const std::string& name = ents->at(named).name;
    bool hangul_words = name.find(' ') != std::string::npos &&
                        std::all_of(name.begin(), name.end(), [](char ch) {
                          return ch == ' ' || static_cast<unsigned char>(ch) >= 0x80;
                        });
    if (t == "Product" || (t.empty() && !ents->at(named).from_lexicon && !hangul_words)) {
      EmitSimple(owner, maker->id, named, b, e, "ko:genitive-product");
    }
  }
}

// "A, B 등이 회원사로 있는 Y", "A가 자회사로 참여한 Y": a relation noun marked 로 in a relative
// clause casts the clause's subjects in that role toward the name the clause modifies, as the
// genitive does in "Y의 회원사 A".
void KoreanExtractor::Impl::RoleNounClauses() {
  const int n = static_cast<int>(c.tokens.size());
  for (size_t r = 1; r < c.phrases.size(); ++r) {
    const Phrase& role = c.phrases[r];
    const RelationDef* rel = nullptr;
    bool named_subject = false;
    if (role.role != Role::kMeans || !role.referents.empty() || role.last + 2 >= n ||
        !GenitiveNoun(ko_words::StripPunct(token(role.last).text, nullptr), &rel, &named_subject)) {
      continue;
    }
    // The verb right after it modifies the phrase after that, which names one thing (회원사로
    // 있는 Y는; a name of several words may end further on).
    const Token& verb = token(role.last + 1);
    if (!verb.mentions.empty() || !IsAdnominalVerb(ko_words::StripPunct(verb.text, nullptr))) continue;
    int whole = -1;
    size_t e = 0;
    for (const Phrase& p : c.phrases) {
      if (p.first <= role.last + 2 && p.last >= role.last + 2 && p.referents.size() == 1) {
        whole = p.referents.front();
        e = token(p.last).end;
      }
    }
    if (whole < 0) continue;
    const std::string& kind = ents->at(whole).type;
    if (kind == "Country" || kind == "Place" || kind == "Person") continue;
    // Its subjects: the subject phrase right before the role noun and the list before it, joined
    // by 와/과 or commas (A와 B, C가).
    if (c.phrases[r - 1].role != Role::kSubject) continue;
    std::vector<int> parts = c.phrases[r - 1].referents;
    // A list the chunker made one phrase of, closed by a word that is no name (A와 B, C가),
    // refers to nothing as a whole: its names are those of its tokens.
    if (parts.empty()) {
      for (int m = c.phrases[r - 1].first; m < c.phrases[r - 1].last; ++m) {
        const Token& t = token(m);
        if (!t.mentions.empty() && t.head_is_mention && (t.role == Role::kPartner || t.comma)) {
          parts.push_back(mentions[static_cast<size_t>(t.mentions.back())].entity);
        }
      }
    }
    size_t first = r - 1;
    auto joined = [&](const Phrase& p) {
      return p.role == Role::kPartner || (p.role == Role::kNone && token(p.last).comma);
    };
    while (first > 0 && joined(c.phrases[first - 1]) && c.phrases[first - 1].last + 1 == c.phrases[first].first) {
      --first;
      parts.insert(parts.begin(), c.phrases[first].referents.begin(), c.phrases[first].referents.end());
    }
    const std::string& person_side = named_subject ? rel->subject_type : rel->object_type;
    for (int part : parts) {
      if (part == whole || (person_side == "Person") != (ents->at(part).type == "Person")) continue;
      size_t b = token(c.phrases[first].first).begin;
      if (named_subject) EmitSimple(part, rel->id, whole, b, e, "ko:role-noun-clause");
      else EmitSimple(whole, rel->id, part, b, e, "ko:role-noun-clause");
      // The subjects are taken: the verb (참여한) says no more of them than the noun did.
      for (size_t k = first; k < r; ++k) used[k] = true;
    }
  }
}

}  // namespace kg::ingest
