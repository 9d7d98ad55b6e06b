// English surface rules over word positions and mentions (the fallback when no parse): the
// mention groups around a word and the verb rules. Title appositions and noun forms are in
// en_surface_nouns.cpp; the pass both share is declared in en_surface_pass.h.
#include "ingest/en/en_surface.h"

#include <algorithm>
#include <cctype>

#include "ingest/en/en_surface_pass.h"
#include "ingest/en/en_surface_words.h"
#include "ingest/en/en_values.h"
#include "ingest/en/en_word_forms.h"

namespace kg::ingest {

namespace {

using surface::ClauseEnd;
using surface::IsListGlue;
using surface::OneOf;
using surface::WithoutValues;
using surface::Word;
using surface::Words;

const std::set<std::string> kNoWords;

}  // namespace

EnglishSurfaceRules::EnglishSurfaceRules(const RelationVocabulary& relations, const EnglishWords* words)
    : relations_(relations), words_(words) {
  for (const RelationDef& r : relations.relations()) {
    for (const VerbForm& v : r.verbs) {
      verbs_.push_back({v.base, &r, &v, false});
      verbs_.push_back({v.past, &r, &v, v.past == v.participle});
      if (v.participle != v.past) verbs_.push_back({v.participle, &r, &v, true});
      verbs_.push_back({v.third, &r, &v, false});
    }
    if (!r.ko_titles.empty()) {  // relations stated by a title state it in English too
      for (const NounForm& n : r.nouns) {
        titles_.emplace_back(LowerAscii(n.singular), &r);
      }
    }
  }
  std::stable_sort(verbs_.begin(), verbs_.end(), [](const VerbEntry& a, const VerbEntry& b) {
    return a.surface.size() > b.surface.size();
  });
}

int EnglishSurfaceRules::Pass::MentionAt(size_t byte) const {
  for (size_t k = 0; k < mentions.size(); ++k) {
    if (byte >= mentions[k].begin && byte < mentions[k].end) return static_cast<int>(k);
  }
  return -1;
}

void EnglishSurfaceRules::Pass::Emit(int subject, const RelationDef& rel, int object,
                                     int object_value, bool negated,
                                     std::map<std::string, int> quals, size_t b, size_t e,
                                     const std::string& rule) {
  ExtractedFact f;
  f.subject = subject;
  f.relation = rel.id;
  f.object_entity = object;
  f.object_value = object_value;
  f.negated = negated;
  f.value_qualifiers = std::move(quals);
  NoteValues(values, *sink->out(), &f);
  f.sentence = sentence.number;
  CharSpan(s, b, e, &f.start, &f.end);
  f.rule = rule;
  sink->Add(std::move(f));
}

int EnglishSurfaceRules::Pass::TitledPersonAfter(size_t k) const {
  if (k + 1 >= mentions.size()) return -1;
  std::string between = s.substr(mentions[k].end, mentions[k + 1].begin - mentions[k].end);
  std::vector<Word> bw = Words(between);
  std::string joined;
  for (const Word& w : bw) joined += (joined.empty() ? "" : " ") + w.lower;
  bool title = !joined.empty() && std::any_of(rules.titles_.begin(), rules.titles_.end(),
                                              [&](const auto& t) { return t.first == joined; });
  if (!title || ents->at(mentions[k + 1].entity).type != "Person") return -1;
  return static_cast<int>(k + 1);
}

void EnglishSurfaceRules::Pass::GroupBefore(size_t end, std::vector<int>* out, size_t* group_begin,
                                            bool adjacent) const {
  size_t pos = end;
  while (true) {
    int best = -1;
    for (size_t k = 0; k < mentions.size(); ++k) {
      if (mentions[k].end <= pos &&
          (best < 0 || mentions[k].end > mentions[static_cast<size_t>(best)].end)) {
        best = static_cast<int>(k);
      }
    }
    if (best < 0) return;
    std::string between = s.substr(mentions[static_cast<size_t>(best)].end,
                                   pos - mentions[static_cast<size_t>(best)].end);
    std::vector<Word> bw = Words(between);
    bool glue = IsListGlue(bw);
    if (!out->empty() && !glue) return;
    if (out->empty() && adjacent && between.find_first_not_of(' ') != std::string::npos) return;
    if (out->empty()) {
      // Only auxiliaries, adverbs and negation between the subject and its verb.
      for (const Word& w : bw) {
        if (!OneOf(w.lower,
                   {"has",        "have",       "had",     "did",     "does",     "do",
                    "will",       "would",      "not",     "never",   "also",     "recently",
                    "reportedly", "officially", "jointly", "already", "formally", "finally",
                    "is",         "are",        "was",     "were",    "been",     "be",
                    "to",         "plans",      "planned", "plan",    "expected", "aims",
                    "intends",    "agreed",     "said",    "it",      "its",      "n't"})) {
          return;
        }
      }
    }
    out->insert(out->begin(), mentions[static_cast<size_t>(best)].entity);
    *group_begin = mentions[static_cast<size_t>(best)].begin;
    pos = mentions[static_cast<size_t>(best)].begin;
  }
}

bool EnglishSurfaceRules::Pass::AfterComma(size_t pos) const {
  size_t i = pos;
  while (true) {
    while (i > 0 && s[i - 1] == ' ') --i;
    size_t w = i;
    while (w > 0 && std::isalpha(static_cast<unsigned char>(s[w - 1]))) --w;
    if (w == i ||
        !OneOf(lower.substr(w, i - w), {"was", "were", "is", "are", "has", "have", "had", "been"}))
      break;
    i = w;
  }
  return i > 0 && s[i - 1] == ',';
}

size_t EnglishSurfaceRules::Pass::AgentByAfterValues(size_t end) const {
  size_t p = end;
  bool skipped = false;
  while (p < s.size()) {
    while (p < s.size() && s[p] == ' ') ++p;
    if (lower.compare(p, 3, "by ") == 0) return skipped ? p : std::string::npos;
    size_t next = p;
    for (const ValueMention& val : values) {
      if (val.begin == p && val.end > p) next = val.end;
    }
    if (next == p && lower.compare(p, 4, "for ") == 0) {  // "for" before an amount
      for (const ValueMention& val : values) {
        if (val.begin == p + 4 && val.end > p + 4) next = val.end;
      }
    }
    if (next == p) return std::string::npos;
    p = next;
    skipped = true;
  }
  return std::string::npos;
}

void EnglishSurfaceRules::Pass::GroupBeforeParenthetical(size_t pos, std::vector<int>* out,
                                                         size_t* group_begin) const {
  size_t closing = s.rfind(',', pos - 1);
  for (size_t c = closing; c != std::string::npos && c > 0;) {
    size_t open = s.rfind(',', c - 1);
    if (open == std::string::npos) return;
    GroupBefore(open, out, group_begin, /*adjacent=*/true);
    if (!out->empty()) return;
    c = open;
  }
}

void EnglishSurfaceRules::Pass::GroupAfter(size_t begin, std::vector<int>* out, size_t* group_end) {
  size_t pos = begin;
  while (true) {
    int best = -1;
    for (size_t k = 0; k < mentions.size(); ++k) {
      if (mentions[k].begin >= pos &&
          (best < 0 || mentions[k].begin < mentions[static_cast<size_t>(best)].begin)) {
        best = static_cast<int>(k);
      }
    }
    if (best < 0) return;
    const Mention& m = mentions[static_cast<size_t>(best)];
    std::vector<Word> bw = Words(WithoutValues(s, pos, m.begin, values));
    bool ok =
        out->empty()
            ? bw.size() <= 3 &&
                  std::all_of(bw.begin(), bw.end(),
                              [](const Word& w) {
                                return OneOf(w.lower, {"the", "a", "an", "its", "their", "his",
                                                       "her", "new", "to", "with", "in", "into",
                                                       "by", "of", "from", "for", "at", "on"});
                              })
            : IsListGlue(bw) && !bw.empty();
    // A comma before the joiner of two names ("of A, and B, its CFO, will") opens a clause.
    if (!out->empty() && s.find(',', pos) < m.begin) ok = false;
    if (!ok && out->empty() && bw.empty()) ok = true;
    if (!ok) return;
    int entity = m.entity;
    // "the AI Action Summit declaration": the named event's document.
    std::vector<Word> after = Words(s.substr(m.end, std::min<size_t>(s.size() - m.end, 20)));
    if (!after.empty() && rules.words_ && rules.words_->IsDocumentNoun(after[0].lower)) {
      entity = ents->Intern(ents->at(m.entity).name + " " + after[0].lower, "Work", {});
    }
    // "Google CEO Sundar Pichai": the person, not the organisation before the title.
    int titled = TitledPersonAfter(static_cast<size_t>(best));
    if (titled >= 0) {
      entity = mentions[static_cast<size_t>(titled)].entity;
      best = titled;
    }
    out->push_back(entity);
    *group_end = mentions[static_cast<size_t>(best)].end;
    pos = *group_end;
  }
}

std::vector<EnglishSurfaceRules::Pass::Occurrence> EnglishSurfaceRules::Pass::FindVerbs(
    bool with_verbs) const {
  std::vector<Occurrence> found;
  static const std::vector<VerbEntry> kNoVerbs;
  for (const VerbEntry& v : with_verbs ? rules.verbs_ : kNoVerbs) {
    size_t pos = 0;
    while ((pos = lower.find(v.surface, pos)) != std::string::npos) {
      size_t end = pos + v.surface.size();
      // "Osaka-based": a compound adjective, not the verb.
      bool boundary =
          (pos == 0 ||
           (!std::isalnum(static_cast<unsigned char>(lower[pos - 1])) && lower[pos - 1] != '-')) &&
          (end >= lower.size() || !std::isalnum(static_cast<unsigned char>(lower[end])));
      // The same word may state several relations ("invested" -> invested_in and
      // investment_amount); a shorter verb inside a longer one may not.
      bool overlap = std::any_of(found.begin(), found.end(), [&](const Occurrence& o) {
        return pos < o.end && end > o.pos && !(pos == o.pos && end == o.end);
      });
      if (boundary && !overlap && MentionAt(pos) < 0) found.push_back({pos, end, &v});
      pos = end;
    }
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const Occurrence& a, const Occurrence& b) { return a.pos < b.pos; });
  return found;
}

void EnglishSurfaceRules::Pass::Verb(const Occurrence& occ) {
  const VerbEntry& v = *occ.verb;
  const size_t pos = occ.pos, end = occ.end;
  // Auxiliaries before the verb: passive, negation, modality.
  std::vector<Word> before = Words(lower.substr(pos >= 40 ? pos - 40 : 0, pos >= 40 ? 40 : pos));
  bool passive = false, negated = false, planned = false;
  for (size_t k = before.size(), n = 0; k-- > 0 && n < 4; ++n) {
    const std::string& w = before[k].lower;
    if (OneOf(w, {"was", "were", "is", "are", "been", "be", "being"}) && v.participle)
      passive = true;
    if (OneOf(w, {"not", "never", "didn't", "doesn't", "don't", "hasn't", "haven't", "won't",
                  "wasn't", "weren't", "refused", "declined", "n't"})) {
      negated = true;
    }
    if (OneOf(w, {"will", "plans", "plan", "planned", "expected", "aims", "intends", "would"}))
      planned = true;
  }
  std::string prep;
  std::vector<Word> next = Words(lower.substr(end, std::min<size_t>(lower.size() - end, 12)));
  if (!next.empty() && OneOf(next[0].lower, {"with", "in", "into", "to", "by", "for", "at", "on",
                                             "from", "as", "of"})) {
    prep = next[0].lower;
  }
  std::vector<int> subjects, objects;
  size_t sb = pos, oe = end;
  const bool parenthetical = AfterComma(pos);
  auto group_before = [&](std::vector<int>* out) {
    if (parenthetical)
      GroupBeforeParenthetical(pos, out, &sb);
    else
      GroupBefore(pos, out, &sb);
  };
  const size_t agent_by = passive && prep != "by" ? AgentByAfterValues(end) : std::string::npos;
  if (passive && (prep == "by" || agent_by != std::string::npos)) {
    size_t by = prep == "by" ? lower.find("by", end) : agent_by;
    GroupAfter(by + 2, &subjects, &oe);
    group_before(&objects);
  } else {
    group_before(&subjects);
    // "the venture Hyundai formed with LG": a verb of a direct object has none after "with".
    if (prep != "with" || !v.form->prep.empty()) GroupAfter(end, &objects, &oe);
  }
  // "X met Y and later visited Z": the second verb shares the first one's subject (not
  // across a parenthetical, whose "and" may join its own nouns).
  if (subjects.empty() && !passive && !parenthetical && previous_verb != std::string::npos) {
    std::vector<Word> gap = Words(lower.substr(previous_verb, pos - previous_verb));
    bool coordinated = false;
    for (const Word& w : gap) coordinated |= w.lower == "and";
    if (coordinated) subjects = previous_subjects;
  }
  if (v.form->subject_is_object) std::swap(subjects, objects);
  // Values in the clause: from the subject to the end of the clause the verb is in.
  size_t clause_end = ClauseEnd(s, oe);
  std::map<std::string, int> quals;
  int amount_value = -1, target = -1;
  bool has_target = false;  // an amount spent on something is no investment_amount
  for (const ValueMention& val : values) {
    if (val.begin < sb || val.begin >= clause_end) continue;
    if (val.kind == ValueMention::Kind::kMoney && amount_value < 0) {
      amount_value = sink->Value(val);
      has_target =
          AmountHasTarget(s, val.end, mentions,
                          rules.words_ ? rules.words_->amount_time_words() : kNoWords, &target);
    }
    if (val.kind == ValueMention::Kind::kDate && !quals.count("date"))
      quals["date"] = sink->Value(val);
  }
  if (planned) quals["status"] = sink->Value(Literal{"planned", "", ""}, "planned");
  const RelationDef& R = *v.relation;
  bool emitted = false;
  if (R.object == ObjectKind::kAmount) {
    if (amount_value >= 0 && !has_target) {
      for (int subj : subjects)
        Emit(subj, R, -1, amount_value, negated, quals, sb, oe, "en:" + R.id);
      emitted = !subjects.empty();
    }
  } else if (R.object == ObjectKind::kEntity) {
    if (amount_value >= 0) quals["amount"] = amount_value;
    for (int subj : subjects) {
      for (int obj : objects) Emit(subj, R, obj, -1, negated, quals, sb, oe, "en:" + R.id);
    }
    emitted = !subjects.empty() && !objects.empty();
  }
  if (!subjects.empty() && !v.form->subject_is_object && (emitted || previous_verb != pos)) {
    previous_subjects = subjects;
  }
  previous_verb = end;
}

void EnglishSurfaceRules::Extract(const Sentence& sentence, const std::vector<Mention>& mentions,
                               const std::vector<ValueMention>& values, DocEntities* ents,
                               Discourse* disc, FactSink* sink, bool with_verbs) const {
  for (const Mention& m : mentions) {
    if (ents->at(m.entity).type == "Event") {
      disc->last_event = m.entity;
      disc->last_event_sentence = sentence.number;
    }
  }
  Pass pass(*this, sentence, mentions, values, ents, sink);
  pass.TitleAppositions();
  for (const Pass::Occurrence& occ : pass.FindVerbs(with_verbs)) pass.Verb(occ);
  pass.NounForms();
  pass.PossessiveNounForms();
  pass.PossessorAgents();
}

}  // namespace kg::ingest
