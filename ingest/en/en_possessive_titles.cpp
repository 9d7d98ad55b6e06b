// Titles behind a possessive and before a person's name set off by a comma: "Arvika's chief
// financial officer, Tor Evensen," and "its chairman, X,".
#include "ingest/en/en_possessive_titles.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "ingest/en/en_word_forms.h"

namespace kg::ingest {

namespace {

// The lower-case words of s[b, e), or none when a word there is not lower-case letters.
std::vector<std::string> LowerWords(const std::string& s, size_t b, size_t e) {
  std::vector<std::string> out;
  std::string word;
  for (size_t i = b; i <= e; ++i) {
    char c = i < e ? s[i] : ' ';
    if (c == ' ') {
      if (!word.empty()) out.push_back(word);
      word.clear();
    } else if (std::islower(static_cast<unsigned char>(c)) || c == '-') {
      word += c;
    } else {
      return {};
    }
  }
  return out;
}

// The possessor that ends at byte `end` (just before the title): a named organisation with
// "'s", or "its" (the nearest organisation named before it); -1 when none.
int Possessor(const std::string& s, size_t end, const std::vector<Mention>& mentions,
              const DocEntities& ents, size_t* begin) {
  while (end > 0 && s[end - 1] == ' ') --end;
  if (end >= 3 && LowerAscii(s.substr(end - 3, 3)) == "its" && (end == 3 || s[end - 4] == ' ')) {
    *begin = end - 3;
    int nearest = -1;
    for (const Mention& m : mentions) {
      if (m.end <= end - 3 && OrganisationLike(ents.at(m.entity))) nearest = m.entity;
    }
    return nearest;
  }
  for (const char* mark : {"'s", "\xE2\x80\x99s", "'"}) {  // "Brevik Foods' chief executive"
    size_t n = std::string(mark).size();
    if (end < n || s.compare(end - n, n, mark) != 0) continue;
    for (const Mention& m : mentions) {
      if (m.end == end - n && OrganisationLike(ents.at(m.entity)))
        return *begin = m.begin, m.entity;
    }
  }
  return -1;
}

}  // namespace

void PossessiveTitleFacts(const Sentence& sentence, const std::vector<Mention>& mentions,
                          const RelationVocabulary& relations, DocEntities* ents, FactSink* sink) {
  const RelationDef* held = relations.Find("position_held");
  const RelationDef* ceo = relations.Find("ceo_of");
  if (!held || !ceo) return;
  const std::string& s = sentence.text;
  // A title of the vocabulary ("chief executive", "chairman") or an officer ("chief financial
  // officer"); a vocabulary title of ceo_of states ceo_of unless "former".
  auto emit = [&](const Mention& person, int org, const std::vector<std::string>& title, size_t b,
                  size_t e) {
    bool former = title.front() == "former";
    bool chief = false, vocabulary = false;
    for (size_t from = former ? 1 : 0; from < title.size(); ++from) {
      std::string tail;
      for (size_t i = from; i < title.size(); ++i) tail += (tail.empty() ? "" : " ") + title[i];
      for (const RelationDef* r : relations.ByNoun(tail)) {
        chief |= r == ceo;
        vocabulary |= r == ceo || r == held;
      }
    }
    if (!vocabulary && title.back() != "officer") return;
    if (ents->at(person.entity).type.empty()) ents->SetType(person.entity, "Person");
    ExtractedFact f;
    f.subject = person.entity;
    f.relation = chief && !former ? ceo->id : held->id;
    f.object_entity = org;
    if (f.relation == held->id) {
      std::string role;
      for (const std::string& w : title) role += (role.empty() ? "" : " ") + w;
      f.value_qualifiers["role"] = sink->Value(Literal{role, "", ""}, role);
    }
    f.sentence = sentence.number;
    CharSpan(s, b, e, &f.start, &f.end);
    f.rule = "en:possessive-title";
    sink->Add(std::move(f));
  };
  for (const Mention& person : mentions) {
    const std::string& type = ents->at(person.entity).type;
    if ((!type.empty() && type != "Person") || person.begin < 2 ||
        s.compare(person.begin - 2, 2, ", ") != 0) {
      continue;
    }
    // The title: the lower-case words before the comma, back to a possessive.
    size_t title_end = person.begin - 2, title_begin = title_end;
    std::vector<std::string> title;
    int org = -1;
    size_t span_begin = 0;
    while (title.size() < 4 && title_begin > 0) {
      size_t b = title_begin;
      while (b > 0 && s[b - 1] == ' ') --b;
      size_t wb = b;
      while (wb > 0 && s[wb - 1] != ' ') --wb;
      if ((org = Possessor(s, b, mentions, *ents, &span_begin)) >= 0 || wb == b) break;
      if (LowerWords(s, wb, b).size() != 1) break;
      title_begin = wb;
      title.insert(title.begin(), LowerAscii(s.substr(wb, b - wb)));
    }
    if (org < 0 || title.empty() || org == person.entity) continue;
    emit(person, org, title, span_begin, person.end);
  }
  // "Pablo Herrero, Telmar's chief technology officer, will chair": the name first, then the
  // possessive organisation and the title up to a comma or the sentence's end.
  for (const Mention& person : mentions) {
    const std::string& type = ents->at(person.entity).type;
    if ((!type.empty() && type != "Person") || s.compare(person.end, 2, ", ") != 0) continue;
    const Mention* owner = nullptr;
    for (const Mention& m : mentions) {
      if (m.begin == person.end + 2) owner = &m;
    }
    if (!owner || owner->entity == person.entity) continue;
    const ExtractedEntity& o = ents->at(owner->entity);
    if (!OrganisationLike(o) || o.type == "Person") continue;
    size_t title_at = 0;
    for (const char* mark : {"'s ", "\xE2\x80\x99s ", "' "}) {
      size_t n = std::string(mark).size();
      if (s.compare(owner->end, n, mark) == 0) title_at = owner->end + n;
    }
    if (title_at == 0) continue;
    size_t title_end = std::min(s.find_first_of(",;", title_at), s.size());
    if (title_end == s.size() && !s.empty() && s.back() == '.') --title_end;
    std::vector<std::string> title = LowerWords(s, title_at, title_end);
    if (title.empty() || title.size() > 4) continue;
    emit(person, owner->entity, title, person.begin, title_end);
  }
}

}  // namespace kg::ingest
