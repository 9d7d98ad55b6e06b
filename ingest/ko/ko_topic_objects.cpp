// A topic beside a person as the clause's subject is often the verb's other argument, left
// unmarked because the sentence is about it: "가람랩스는 2018년 윤하늘 대표가 창업했다"
// (founded by), "보고서 작성은 Y 선임연구위원이 이끌었다". The clause has that actor marked
// 이/가 and no object of its own; the topic fills the slot the actor leaves.
#include "ingest/ko/ko_extract_impl.h"

namespace kg::ingest {

void KoreanExtractor::Impl::TopicAsOtherArgument(const Slots& k, Resolution* res) {
  if (!k.entity_object || k.passive || k.P.inverse ||
      (!res->subjects.empty() && !res->objects.empty()))
    return;
  int filled = res->subjects.empty() ? res->object_phrase : res->subject_phrase;
  if (filled < 0 || phrase(filled).role != Role::kSubject || phrase(filled).topic) return;
  // Only a person acting on it (X는 Y 대표가 세웠다): an organisation marked 이/가 after a topic
  // is as often the subject of a clause inside the topic's own (X는 Y가 ...한 정황을 포착했다).
  // A funding round as the topic is acted on by anyone (X의 라운드는 Y가 주도했다).
  bool person = !phrase(filled).referents.empty() &&
                ents->at(phrase(filled).referents.front()).type == "Person";
  int topic = -1;
  for (int a : k.args) {
    const Phrase& p = phrase(a);
    if (p.role == Role::kObject && !k.exclude.count(a)) return;  // the clause has its own object
    bool fits =
        (person && !p.referents.empty()) || (!res->subjects.empty() && FundingRoundPhrase(p));
    if (p.topic && p.role == Role::kTopic && fits && a < filled) topic = a;
  }
  if (topic < 0) return;
  if (res->subjects.empty()) {
    res->subjects = phrase(topic).referents;
    res->subject_phrase = topic;
  } else {
    res->objects = Entities(topic);
    res->object_phrase = topic;
  }
}

}  // namespace kg::ingest
