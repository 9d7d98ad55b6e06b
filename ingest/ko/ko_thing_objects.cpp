// Verbs that state a relation only of a thing (relations.json: thing_object_lemmas): 쓰다 is
// "use" when its object names a chip, a model or an engine, but "hire" of an organisation or a
// person, "spend" of money (the unnamed object nearest the verb), and the user is not the
// subject when a name marked 부터 says which of the subject's things it is (A는 X부터 Y를 쓴다).
// An object before 데 (X를 사는 데 쓰다) is the inner verb's.
#include "ingest/ko/ko_chunker_words.h"
#include "ingest/ko/ko_extract_impl.h"
#include "ingest/ko/ko_grammar.h"

namespace kg::ingest {

bool KoreanExtractor::Impl::ThingObject(const Slots& k, const Resolution& res) const {
  std::string stem = k.P.stem;
  if (EndsWith(stem, "다")) stem.resize(stem.size() - std::string("다").size());
  if (!OneOf(stem, k.R.ko_thing_object_stems)) return true;
  for (int e : res.objects) {
    const std::string& t = ents->at(e).type;
    if (t == "Organization" || t == "Government" || t == "Group" || t == "Person" ||
        t == "Country" || t == "Place") {
      return false;
    }
  }
  // "X를 사는 데 쓴 돈": an object before 데 is the inner verb's; 쓰다 spends on doing it.
  if (res.object_phrase >= 0) {
    for (int t = phrase(res.object_phrase).last + 1; t < k.P.token; ++t) {
      if (ko_words::StripPunct(token(t).text, nullptr) == "데") return false;
    }
  }
  for (int a : k.args) {
    if (k.exclude.count(a) || a == res.object_phrase) continue;
    const Phrase& p = phrase(a);
    // An unnamed object between the named one and the verb is the verb's (500억 원을 썼다).
    if (p.role == Role::kObject && a > res.object_phrase && Entities(a).empty()) return false;
    // "X부터": the thing named is the one that uses the object, not the clause's subject.
    if (!p.referents.empty() && EndsWith(ko_words::StripPunct(token(p.last).text, nullptr), "부터"))
      return false;
  }
  return true;
}

}  // namespace kg::ingest
