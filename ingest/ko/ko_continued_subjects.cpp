// Korean leaves out the subject a sentence shares with the one before it: "미래소프트는 3월
// 첫 모델을 공개했다. 이어 9월에는 두 번째 모델 누리-2를 선보였다." The second sentence has an
// object and a verb of the vocabulary but no subject, topic or organisation marked 에서; its
// subject is the organisation one of the two sentences before it was about (its topic, X는:
// ko_seat_frames.cpp UpdateTopic) -- one sentence about something else may come between
// ("누리전자는 ... 인수했어요. 반응은 뜨거웠죠. 또 1월에는 ... 내놨어요"). Further
// back, the writer may have turned to something else.
#include "ingest/ko/ko_extract_impl.h"

namespace kg::ingest {

void KoreanExtractor::Impl::ContinuedSubject(const Slots& k, Resolution* res) {
  const int topic = disc->topic;
  if (topic < 0 || sentence.number - disc->topic_sentence > 2 || res->objects.empty()) return;
  if (sentence.kind == Sentence::Kind::kDefinition || !sentence.header.empty()) return;
  // A subject or topic of the sentence's own, named or not (한국전력은, 이 회사가), speaks for
  // itself; a time or place set off with 는 (12월에는) does not.
  for (const Phrase& p : c.phrases) {
    if (p.role == Role::kTopic || p.role == Role::kSubject || p.role == Role::kFocus) return;
  }
  if (std::find(res->objects.begin(), res->objects.end(), topic) != res->objects.end()) return;
  // An organisation: a product or a name of no known kind is rarely the doer left unsaid.
  const std::string& type = ents->at(topic).type;
  if (type != "Organization" || !TypeCompatible(k.R.subject_type, type)) return;
  res->subjects = {topic};
}

}  // namespace kg::ingest
