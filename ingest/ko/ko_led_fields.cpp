// Fields a party leads, which Korean names by describing them rather than by a name: "오픈
// 웨이트 모델 시장은 A, B, C가 이끌고 있다", "X와 Y가 초소형 위성 시장을 주도하고 있다". The
// object or topic of a verb of leading (relations.json: the lemmas of the relation the rule
// led_field names) that holds no name and only bare nouns ending in a field noun (ko_grammar.json:
// led_field_nouns) is the field, named by those nouns; the subject (이/가) of the same clause leads
// it. A field pointed at (이 시장은) or cut by a party or a genitive (중국의 AI 시장) is left
// alone.
#include "ingest/ko/ko_chunker_words.h"
#include "ingest/ko/ko_extract_impl.h"
#include "ingest/ko/ko_grammar.h"

namespace kg::ingest {

namespace {

constexpr int kMaxFieldWords = 5;  // 초소형 SAR 위성 시장

}  // namespace

// The field the phrase names ("초소형 SAR 위성 시장"), or empty.
std::string KoreanExtractor::Impl::LedFieldName(const Phrase& p) const {
  const KoreanGrammar& g = KoreanGrammar::Get();
  // A word the text names without saying what it is (SAR in 초소형 SAR 위성 시장) is a word of
  // the field's name; a country or company is a party of its own (중국 AI 시장).
  auto bare = [&](int e) {
    const std::string& type = ents->at(e).type;
    return type.empty() || type == "Concept";
  };
  if (!p.referents.empty() || !p.values.empty() || !p.link.empty()) return "";
  if (!std::all_of(p.genitive.begin(), p.genitive.end(), bare)) return "";
  if (p.last - p.first < 1 || p.last - p.first >= kMaxFieldWords) return "";
  std::string name;
  for (int j = p.first; j <= p.last; ++j) {
    const Token& t = token(j);
    bool names_bare = std::all_of(t.mentions.begin(), t.mentions.end(), [&](int m) {
      return bare(mentions[static_cast<size_t>(m)].entity);
    });
    if (!names_bare || !t.values.empty() || t.comma) return "";
    std::string word = ko_words::StripPunct(t.text, nullptr);
    if (word != t.text) return "";  // quoted, bracketed or bold: a name, not a description
    if (j < p.last) {
      if (t.role != Role::kNone || OneOf(word, g.demonstratives)) return "";
      name += word + " ";
      continue;
    }
    std::string noun = SplitParticles(word).stem;
    if (!OneOf(noun, g.led_field_nouns)) return "";
    name += noun;
  }
  return name;
}

void KoreanExtractor::Impl::LedFields() {
  const RelationDef* leads = x.relations_.ForRule("led_field");
  if (!leads) return;
  int clause_first = 0;  // the first token after the previous predicate
  for (const Predicate& P : c.predicates) {
    int from = clause_first;
    clause_first = P.token + 1;
    if (std::find(P.relations.begin(), P.relations.end(), leads) == P.relations.end()) continue;
    // 이끄는 (a relative clause), 이끌지 않는: no statement that the subject leads the field.
    if (P.ending.kind != EndingKind::kFinal && P.ending.kind != EndingKind::kConnective) continue;
    if (P.ending.negated) continue;
    int stem_first = P.first_token >= 0 ? P.first_token : P.token;
    int field = -1, subject = -1;
    bool two_subjects = false;  // whose field it is is unclear
    std::string name;
    for (size_t k = 0; k < c.phrases.size(); ++k) {
      const Phrase& p = c.phrases[k];
      if (p.first < from || p.last >= stem_first) continue;
      if ((p.role == Role::kObject || p.role == Role::kTopic) && name.empty()) {
        name = LedFieldName(p);
        if (!name.empty()) field = static_cast<int>(k);
      } else if (p.role == Role::kSubject && !p.relative_subject && !p.referents.empty()) {
        if (subject >= 0) two_subjects = true;
        subject = static_cast<int>(k);
      }
    }
    if (field < 0 || subject < 0 || two_subjects) continue;
    const Phrase& s = phrase(subject);
    std::vector<int> leaders = s.referents;
    // "해외에선 P의 A와 Q의 B가": a name marked 와/과 inside the subject is led with it.
    for (int j = s.first; j < s.last; ++j) {
      const Token& t = token(j);
      if (t.role != Role::kPartner || !t.head_is_mention || t.mentions.empty()) continue;
      int e = mentions[static_cast<size_t>(t.mentions.back())].entity;
      if (std::find(leaders.begin(), leaders.end(), e) == leaders.end())
        leaders.insert(leaders.begin(), e);
    }
    bool parties = std::all_of(leaders.begin(), leaders.end(), [&](int e) {
      const std::string& type = ents->at(e).type;
      return type.empty() || type == "Organization" || type == "Country" || type == "Government" ||
             type == "Person";
    });
    if (!parties) continue;
    int object = ents->InternUnlisted(name, "Concept");
    size_t b = token(std::min(s.first, phrase(field).first)).begin;
    for (int e : leaders) EmitSimple(e, leads->id, object, b, token(P.token).end, "ko:led-field");
  }
}

}  // namespace kg::ingest
