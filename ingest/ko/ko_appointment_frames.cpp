// Taking up a post, as Korean business news writes it: a title marked 로 right before a verb
// of appointment (ko_grammar.json appointment_nouns: 선임, 임명, 취임 ... with 하다/되다):
// "이혜린 사장이 누리전자의 새 대표이사로 선임됐다", "X가 누리전자 사장으로 취임했다" (the
// person is the subject), "누리전자 이사회는 X를 대표이사로 선임했다" (the object). The
// organisation is the one written with the title, else the clause's subject or topic when
// it is one (its board: ORG 이사회가). The title says the relation (EmitTitle).
// The appointment as a bare noun after a person and their title dates what the sentence's
// topic did next: "태성전자는 2023년 최재석 대표 취임 이후 ...", "X는 Y 대표 취임 후 ...".
#include "ingest/ko/ko_chunker_words.h"
#include "ingest/ko/ko_extract_impl.h"
#include "ingest/ko/ko_grammar.h"
#include "ingest/ko/morphology.h"

namespace kg::ingest {

namespace {

enum class Appointed { kNone, kSubject, kObject };

// Which argument of `word` is the person appointed, if it is a verb of appointment.
Appointed ReadAppointment(const std::string& word) {
  Result<KoreanMorphology*> morphology = KoreanMorphology::Get();
  if (!morphology.ok()) return Appointed::kNone;
  const KoreanGrammar& g = KoreanGrammar::Get();
  for (const WordReading& r : (*morphology)->Analyze(word)->readings) {
    if (!r.predicate || r.compound || !OneOf(r.key, g.appointment_nouns)) continue;
    if (AnalyzeEnding(r.rest).kind == EndingKind::kAdnominal) continue;  // 선임된 X: a name's
    if (r.light == "되" || OneOf(r.key, g.appointment_intransitive_nouns))
      return Appointed::kSubject;
    if (r.light == "하") return Appointed::kObject;
  }
  return Appointed::kNone;
}

bool OrganisationType(const std::string& t) {
  return t == "Organization" || t == "Government" || t.empty();
}

}  // namespace

void KoreanExtractor::Impl::AppointmentFrames() {
  auto is_title = [&](const std::string& w) {
    for (const RelationDef& r : x.relations_.relations()) {
      if (OneOf(w, r.ko_titles)) return true;
    }
    return false;
  };
  const int n = static_cast<int>(c.tokens.size());
  for (size_t q = 0; q < c.phrases.size(); ++q) {
    const Phrase& post = c.phrases[q];
    const Token& title = token(post.last);
    if (post.role != Role::kMeans || !title.mentions.empty() || !is_title(title.stem) ||
        post.last + 1 >= n) {
      continue;
    }
    Appointed who = ReadAppointment(ko_words::StripPunct(token(post.last + 1).text, nullptr));
    if (who == Appointed::kNone) continue;
    // The organisation written with the title: a name among the two tokens before it
    // (누리전자의 새 대표이사로, 누리전자 사장으로).
    int org = -1;
    for (int i = post.last - 1; i >= 0 && i >= post.last - 2 && org < 0; --i) {
      const Token& t = token(i);
      if (t.role != Role::kNone && t.role != Role::kGenitive) break;
      if (!t.head_is_mention) continue;
      int e = mentions[static_cast<size_t>(t.mentions.back())].entity;
      if (OrganisationType(ents->at(e).type)) org = e;
    }
    // The person, and without an organisation so far the clause's subject or topic.
    int person = -1;
    for (size_t j = 0; j < q; ++j) {
      const Phrase& p = c.phrases[j];
      bool subject = p.role == Role::kSubject || p.role == Role::kTopic;
      for (int e : p.referents) {
        const std::string& t = ents->at(e).type;
        if (t == "Person" && ((who == Appointed::kSubject && subject) ||
                              (who == Appointed::kObject && p.role == Role::kObject))) {
          person = e;
        } else if (subject && org < 0 && t != "Person" && OrganisationType(t)) {
          org = e;
        }
      }
      // ORG 이사회가: a body of the organisation names no entity of its own.
      const Token& first = token(p.first);
      if (subject && org < 0 && p.referents.empty() && first.head_is_mention &&
          first.role == Role::kNone) {
        int e = mentions[static_cast<size_t>(first.mentions.back())].entity;
        if (ents->at(e).type == "Organization") org = e;
      }
    }
    if (person < 0 || org < 0 || person == org) continue;
    EmitTitle(person, title.stem, org, token(post.first).begin, token(post.last + 1).end,
              "ko:appointment");
  }
}

void KoreanExtractor::Impl::NominalAppointments() {
  const KoreanGrammar& g = KoreanGrammar::Get();
  const int n = static_cast<int>(c.tokens.size());
  // The organisation the sentence is about: its topic or subject, before the person.
  auto organisation_before = [&](int tok) {
    for (const Phrase& p : c.phrases) {
      if (p.last >= tok || (p.role != Role::kTopic && p.role != Role::kSubject)) continue;
      if (p.referents.size() == 1 && OrganisationType(ents->at(p.referents.front()).type))
        return p.referents.front();
    }
    return -1;
  };
  for (int i = 1; i + 1 < n; ++i) {
    const Token& title = token(i);
    const Token& name = token(i - 1);
    if (title.role != Role::kNone || !title.mentions.empty() || name.role != Role::kNone ||
        !name.head_is_mention || !OneOf(token(i + 1).stem, g.appointment_nouns)) {
      continue;
    }
    int person = mentions[static_cast<size_t>(name.mentions.back())].entity;
    if (ents->at(person).type != "Person") continue;
    // The person's own organisation written before them (누리전자 최재석 대표 취임) is the
    // apposition's (TitleAppositions).
    if (i >= 2 && token(i - 2).head_is_mention && token(i - 2).role == Role::kNone) continue;
    int org = organisation_before(i - 1);
    if (org < 0 || org == person) continue;
    EmitTitle(person, title.stem, org, name.begin, token(i + 1).end, "ko:appointment-noun");
  }
}

}  // namespace kg::ingest
