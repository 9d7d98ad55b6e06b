// English surface rules over word positions and mentions (the fallback when no parse).
#include "ingest/en/en_surface.h"

#include "ingest/en/en_descriptors.h"
#include "ingest/en/en_names.h"
#include "ingest/en/en_surface_words.h"
#include "ingest/en/en_values.h"
#include "ingest/en/en_word_forms.h"

#include <algorithm>
#include <cctype>
#include <cstring>

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

// One sentence's pass of the rules: what every rule reads of the sentence, and the rules.
struct EnglishSurfaceRules::Pass {
  struct Occurrence {
    size_t pos, end;
    const VerbEntry* verb;
  };

  const EnglishSurfaceRules& rules;
  const Sentence& sentence;
  const std::string& s;
  std::string lower;
  std::vector<Word> words;
  const std::vector<Mention>& mentions;
  const std::vector<ValueMention>& values;
  DocEntities* ents;
  FactSink* sink;
  // The verbs read so far: "X met Y and later visited Z" gives the second verb the first's subject.
  std::vector<int> previous_subjects;
  size_t previous_verb = std::string::npos;

  Pass(const EnglishSurfaceRules& r, const Sentence& sent, const std::vector<Mention>& m,
       const std::vector<ValueMention>& v, DocEntities* e, FactSink* out)
      : rules(r), sentence(sent), s(sent.text), lower(sent.text), words(Words(sent.text)), mentions(m),
        values(v), ents(e), sink(out) {
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }

  int MentionAt(size_t byte) const {
    for (size_t k = 0; k < mentions.size(); ++k) {
      if (byte >= mentions[k].begin && byte < mentions[k].end) return static_cast<int>(k);
    }
    return -1;
  }

  void Emit(int subject, const RelationDef& rel, int object, int object_value, bool negated,
            std::map<std::string, int> quals, size_t b, size_t e, const std::string& rule) {
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

  // The person mention in "ORG TITLE PERSON" when mention k is the ORG; -1 otherwise.
  int TitledPersonAfter(size_t k) const {
    if (k + 1 >= mentions.size()) return -1;
    std::string between = s.substr(mentions[k].end, mentions[k + 1].begin - mentions[k].end);
    std::vector<Word> bw = Words(between);
    std::string joined;
    for (const Word& w : bw) joined += (joined.empty() ? "" : " ") + w.lower;
    bool title = !joined.empty() && std::any_of(rules.titles_.begin(), rules.titles_.end(), [&](const auto& t) {
      return t.first == joined;
    });
    if (!title || ents->at(mentions[k + 1].entity).type != "Person") return -1;
    return static_cast<int>(k + 1);
  }

  // A mention group ending right before byte `end` (skipping `skip` words): "A, B and C".
  // `adjacent`: the group's last name must end right at `end` (only spaces between).
  void GroupBefore(size_t end, std::vector<int>* out, size_t* group_begin, bool adjacent = false) const {
    size_t pos = end;
    while (true) {
      int best = -1;
      for (size_t k = 0; k < mentions.size(); ++k) {
        if (mentions[k].end <= pos && (best < 0 || mentions[k].end > mentions[static_cast<size_t>(best)].end)) {
          best = static_cast<int>(k);
        }
      }
      if (best < 0) return;
      std::string between = s.substr(mentions[static_cast<size_t>(best)].end, pos - mentions[static_cast<size_t>(best)].end);
      std::vector<Word> bw = Words(between);
      bool glue = IsListGlue(bw);
      if (!out->empty() && !glue) return;
      if (out->empty() && adjacent && between.find_first_not_of(' ') != std::string::npos) return;
      if (out->empty()) {
        // Only auxiliaries, adverbs and negation between the subject and its verb.
        for (const Word& w : bw) {
          if (!OneOf(w.lower, {"has", "have", "had", "did", "does", "do", "will", "would", "not",
                               "never", "also", "recently", "reportedly", "officially", "jointly",
                               "already", "formally", "finally", "is", "are", "was", "were",
                               "been", "be", "to", "plans", "planned", "plan", "expected",
                               "aims", "intends", "agreed", "said", "it", "its", "n't"})) {
            return;
          }
        }
      }
      out->insert(out->begin(), mentions[static_cast<size_t>(best)].entity);
      *group_begin = mentions[static_cast<size_t>(best)].begin;
      pos = mentions[static_cast<size_t>(best)].begin;
    }
  }

  // Whether a comma stands right before byte `pos` (spaces aside): the verb follows a
  // parenthetical -- an apposition or a relative clause set off by commas.
  // True when the verb at `pos`, with the auxiliaries right before it ("X, Y's rival, was
  // fined"), follows a comma.
  bool AfterComma(size_t pos) const {
    size_t i = pos;
    while (true) {
      while (i > 0 && s[i - 1] == ' ') --i;
      size_t w = i;
      while (w > 0 && std::isalpha(static_cast<unsigned char>(s[w - 1]))) --w;
      if (w == i || !OneOf(lower.substr(w, i - w), {"was", "were", "is", "are", "has", "have", "had", "been"})) break;
      i = w;
    }
    return i > 0 && s[i - 1] == ',';
  }

  // The "by" of a passive agent after the values right behind the verb ("was fined 96 million
  // euros by the Commission", "was bought for $1.9 billion by X"), or npos.
  size_t AgentByAfterValues(size_t end) const {
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

  // The subject before a parenthetical that ends at the comma before byte `pos`: "Samsung
  // Electronics, which has partners across Asia and Europe, acquired Harman". The comma that
  // opened it is the nearest earlier one with a name right before it (commas inside the
  // parenthetical have none); nothing when there is no such comma.
  void GroupBeforeParenthetical(size_t pos, std::vector<int>* out, size_t* group_begin) const {
    size_t closing = s.rfind(',', pos - 1);
    for (size_t c = closing; c != std::string::npos && c > 0;) {
      size_t open = s.rfind(',', c - 1);
      if (open == std::string::npos) return;
      GroupBefore(open, out, group_begin, /*adjacent=*/true);
      if (!out->empty()) return;
      c = open;
    }
  }

  // A mention group starting right after byte `begin`: "with A, B and C".
  void GroupAfter(size_t begin, std::vector<int>* out, size_t* group_end) {
    size_t pos = begin;
    while (true) {
      int best = -1;
      for (size_t k = 0; k < mentions.size(); ++k) {
        if (mentions[k].begin >= pos && (best < 0 || mentions[k].begin < mentions[static_cast<size_t>(best)].begin)) {
          best = static_cast<int>(k);
        }
      }
      if (best < 0) return;
      const Mention& m = mentions[static_cast<size_t>(best)];
      std::vector<Word> bw = Words(WithoutValues(s, pos, m.begin, values));
      bool ok = out->empty() ? bw.size() <= 3 && std::all_of(bw.begin(), bw.end(), [](const Word& w) {
        return OneOf(w.lower, {"the", "a", "an", "its", "their", "his", "her", "new", "to", "with",
                               "in", "into", "by", "of", "from", "for", "at", "on"});
      }) : IsListGlue(bw) && !bw.empty();
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

  // The word of the name after "of" at word k, past a lowercase descriptor ending in an
  // organisation noun ("chief executive of payments company Y"); k when there is none.
  size_t OrganisationAfterDescriptor(size_t k) const {
    for (size_t j = k; j + 1 < words.size() && j < k + 3 && MentionAt(words[j].begin) < 0 &&
                       std::islower(static_cast<unsigned char>(s[words[j].begin])); ++j) {
      bool org_noun = rules.words_ && rules.words_->IsOrganisationNoun(Lemma(words[j].lower, false));
      if (org_noun && MentionAt(words[j + 1].begin) >= 0) return j + 1;
    }
    return k;
  }

  // The start of a title coordinated with the title at word w, opening the apposition after a
  // comma ("X, chairman and chief executive of Y": "chairman"); npos when there is none.
  size_t CoordinatedTitleBefore(size_t w) const {
    for (size_t j = w - 1; w >= 2 && words[w - 1].lower == "and" && j-- > 0 && w - j <= 4;) {
      if (MentionAt(words[j].begin) >= 0 || !std::islower(static_cast<unsigned char>(s[words[j].begin]))) break;
      if (words[j].begin >= 2 && s.compare(words[j].begin - 2, 2, ", ") == 0) return words[j].begin;
    }
    return std::string::npos;
  }

  // The coordinated title from co_begin to the "and" before word w, when it is a title of the
  // vocabulary: its own relation, with the title as role for a position.
  void EmitCoordinatedTitle(size_t co_begin, size_t w, int person, int org, size_t te) {
    std::string title = LowerAscii(s.substr(co_begin, words[w - 1].begin - 1 - co_begin));
    for (const auto& [t, rel] : rules.titles_) {
      std::map<std::string, int> quals;
      if (t == title && rel->id == "position_held") quals["role"] = sink->Value(Literal{title, "", ""}, title);
      bool names_object = rel->object_type == "Person";  // "founder and CEO of Y": Y founded_by X
      if (t == title) Emit(names_object ? org : person, *rel, names_object ? person : org, -1, false, quals,
                           co_begin, te, "en:title-apposition");
    }
  }

  // Title appositions: "Google CEO Sundar Pichai", "Sundar Pichai, CEO of Google".
  void TitleAppositions() {
    for (size_t w = 0; w < words.size(); ++w) {
      for (const auto& [title, rel] : rules.titles_) {
        std::vector<Word> tw = Words(title);
        if (w + tw.size() > words.size()) continue;
        auto same = [](const Word& a, const Word& b) { return a.lower == b.lower; };
        if (!std::equal(tw.begin(), tw.end(), words.begin() + static_cast<long>(w), same)) continue;
        size_t tb = words[w].begin, te = words[w + tw.size() - 1].end;
        // "Executive Chair", "Vice Chairman": capitalised words before the title belong to it.
        size_t ob = tb;
        for (size_t k = w; k + 2 > w && k > 0 && MentionAt(words[k - 1].begin) < 0 &&
             std::isupper(static_cast<unsigned char>(s[words[k - 1].begin])); --k) ob = words[k - 1].begin;
        int before = MentionAt(ob >= 2 ? ob - 2 : 0);
        int after = MentionAt(std::min(te + 1, s.size() - 1));
        int person = -1, org = -1;
        if (before >= 0 && after >= 0) {  // ORG TITLE PERSON
          org = mentions[static_cast<size_t>(before)].entity;
          person = mentions[static_cast<size_t>(after)].entity;
        } else if (w + tw.size() + 1 < words.size() && words[w + tw.size()].lower == "of") {
          int o = MentionAt(words[OrganisationAfterDescriptor(w + tw.size() + 1)].begin);
          size_t co_begin = CoordinatedTitleBefore(w);  // "X, chairman and chief executive of Y"
          size_t pb = co_begin == std::string::npos ? tb : co_begin;
          while (pb > 0 && (s[pb - 1] == ' ' || s[pb - 1] == ',')) --pb;
          int p = pb > 0 ? MentionAt(pb - 1) : -1;
          if (o >= 0 && p >= 0) {
            org = mentions[static_cast<size_t>(o)].entity;
            person = mentions[static_cast<size_t>(p)].entity;
            if (co_begin != std::string::npos) EmitCoordinatedTitle(co_begin, w, person, org, te);
          }
        }
        if (org >= 0 && rules.words_ && rules.words_->IsPortfolioTitle(title)) org = PortfolioMinistry(org, *ents);
        if (person < 0 || org < 0 || person == org) continue;
        if (ents->at(person).type.empty()) ents->SetType(person, "Person");
        if (ents->at(person).type != "Person") continue;
        if (rel->object_type == "Person") {  // "Naver founder X": the title names the object
          Emit(org, *rel, person, -1, false, {}, tb, te, "en:title-apposition");
        } else {
          Emit(person, *rel, org, -1, false, {}, tb, te, "en:title-apposition");
        }
      }
    }
  }

  // Verbs, found longest first (a longer form wins over a shorter one inside it) and then
  // read left to right, so a verb coordinated with an earlier one ("met X and later visited
  // Y") can take that verb's subject.
  std::vector<Occurrence> FindVerbs(bool with_verbs) const {
    std::vector<Occurrence> found;
    static const std::vector<VerbEntry> kNoVerbs;
    for (const VerbEntry& v : with_verbs ? rules.verbs_ : kNoVerbs) {
      size_t pos = 0;
      while ((pos = lower.find(v.surface, pos)) != std::string::npos) {
        size_t end = pos + v.surface.size();
        // "Osaka-based": a compound adjective, not the verb.
        bool boundary = (pos == 0 || (!std::isalnum(static_cast<unsigned char>(lower[pos - 1])) &&
                                      lower[pos - 1] != '-')) &&
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

  // The facts of one verb: its subjects and objects around it, the values of its clause.
  void Verb(const Occurrence& occ) {
    const VerbEntry& v = *occ.verb;
    const size_t pos = occ.pos, end = occ.end;
    // Auxiliaries before the verb: passive, negation, modality.
    std::vector<Word> before = Words(lower.substr(pos >= 40 ? pos - 40 : 0, pos >= 40 ? 40 : pos));
    bool passive = false, negated = false, planned = false;
    for (size_t k = before.size(), n = 0; k-- > 0 && n < 4; ++n) {
      const std::string& w = before[k].lower;
      if (OneOf(w, {"was", "were", "is", "are", "been", "be", "being"}) && v.participle) passive = true;
      if (OneOf(w, {"not", "never", "didn't", "doesn't", "don't", "hasn't", "haven't", "won't",
                    "wasn't", "weren't", "refused", "declined", "n't"})) {
        negated = true;
      }
      if (OneOf(w, {"will", "plans", "plan", "planned", "expected", "aims", "intends", "would"})) planned = true;
    }
    std::string prep;
    std::vector<Word> next = Words(lower.substr(end, std::min<size_t>(lower.size() - end, 12)));
    if (!next.empty() && OneOf(next[0].lower, {"with", "in", "into", "to", "by", "for", "at", "on", "from", "as", "of"})) {
      prep = next[0].lower;
    }
    std::vector<int> subjects, objects;
    size_t sb = pos, oe = end;
    const bool parenthetical = AfterComma(pos);
    auto group_before = [&](std::vector<int>* out) {
      if (parenthetical) GroupBeforeParenthetical(pos, out, &sb);
      else GroupBefore(pos, out, &sb);
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
        has_target = AmountHasTarget(s, val.end, mentions, rules.words_ ? rules.words_->amount_time_words() : kNoWords, &target);
      }
      if (val.kind == ValueMention::Kind::kDate && !quals.count("date")) quals["date"] = sink->Value(val);
    }
    if (planned) quals["status"] = sink->Value(Literal{"planned", "", ""}, "planned");
    const RelationDef& R = *v.relation;
    bool emitted = false;
    if (R.object == ObjectKind::kAmount) {
      if (amount_value >= 0 && !has_target) {
        for (int subj : subjects) Emit(subj, R, -1, amount_value, negated, quals, sb, oe, "en:" + R.id);
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

  // True when a name's relation noun may be written after what comes between it and the
  // possessor: an apposition's comma, or a copula or "as" ("X, who is Y's CEO", "X will stay
  // on as Y's CEO"); never a negation or a verb of saying.
  static bool PossessiveLink(const std::string& gap) {
    std::vector<Word> gw = Words(gap);
    if (gw.empty()) return gap.find(',') != std::string::npos;
    if (gw.size() > 4 || !OneOf(gw.back().lower, {"as", "is", "was", "remains", "became"})) return false;
    return std::none_of(gw.begin(), gw.end(), [](const Word& w) {
      return OneOf(w.lower, {"not", "never", "said", "says", "n't"});
    });
  }

  // Possessive noun forms: "Brandt Chemie, Corvid's German supplier", "Hale, who is Kallisto's
  // chief executive", "X will stay on as Y's chief executive": Y's noun names X's relation to Y.
  void PossessiveNounForms() {
    for (size_t k = 1; k < mentions.size(); ++k) {
      const Mention& owner = mentions[k];
      if (s.compare(owner.end, 3, "'s ") != 0) continue;
      const Mention& named = mentions[k - 1];
      if (!PossessiveLink(s.substr(named.end, owner.begin - named.end))) continue;
      // Up to three modifiers ("biggest online", "German"), then the noun.
      std::vector<Word> after =
          Words(s.substr(owner.end + 3, std::min<size_t>(80, s.size() - owner.end - 3)));
      size_t from = owner.end + 3;
      for (size_t skip = 0; skip <= 3 && skip < after.size(); ++skip) {
        size_t at = from + after[skip].begin;
        if (MentionAt(at) >= 0) break;
        const RelationDef* rel = nullptr;
        const NounForm* form = nullptr;
        size_t form_end = 0;
        for (const RelationDef& r : rules.relations_.relations()) {
          for (const NounForm& n : r.nouns) {
            for (const std::string& f : {n.singular, n.plural}) {
              std::string lf = LowerAscii(f);
              size_t e = at + lf.size();
              if (lf.empty() || e > s.size() || lower.compare(at, lf.size(), lf) != 0) continue;
              if (e < s.size() && std::isalnum(static_cast<unsigned char>(s[e]))) continue;
              if (!rel || lf.size() > form_end - std::min(form_end, at)) {
                rel = &r;
                form = &n;
                form_end = e;
              }
            }
          }
        }
        if (!rel) continue;
        // "Y's head of Research": a part of Y's, not Y itself.
        if (s.compare(form_end, 4, " of ") == 0 && form_end + 4 < s.size() &&
            std::isupper(static_cast<unsigned char>(s[form_end + 4]))) {
          break;
        }
        std::vector<int> subjects;
        size_t sb = named.begin;
        GroupBefore(named.end, &subjects, &sb, /*adjacent=*/true);
        for (int subj : subjects) {
          const std::string& type = ents->at(subj).type;
          if (!rel->subject_type.empty() && !type.empty() && !form->denotes_object &&
              rel->subject_type.find(type) == std::string::npos) {
            continue;
          }
          const std::string rule = "en:noun-possessive:" + rel->id;
          if (form->denotes_object) {
            Emit(owner.entity, *rel, subj, -1, false, {}, sb, form_end, rule);
          } else {
            Emit(subj, *rel, owner.entity, -1, false, {}, sb, form_end, rule);
          }
        }
        break;
      }
    }
  }

  // "Kestrel's K1 van, unveiled in 2023", "Naver, whose HyperCLOVA X model was released in
  // August 2023": a product's possessor is the agent of a participle without "by".
  void PossessorAgents() {
    for (size_t k = 0; k + 1 < mentions.size(); ++k) {
      const Mention& owner = mentions[k];
      const Mention& product = mentions[k + 1];
      bool possessive = product.begin == owner.end + 3 && s.compare(owner.end, 3, "'s ") == 0;
      bool whose = product.begin == owner.end + 8 && s.compare(owner.end, 8, ", whose ") == 0;
      if (!possessive && !whose) continue;
      // Up to two nouns after the product's name ("van", "chip design"), then the participle.
      size_t at = product.end;
      for (int n = 0; n < 2 && at + 1 < s.size() && s[at] == ' ' && std::islower(static_cast<unsigned char>(s[at + 1])); ++n) {
        size_t e = s.find_first_of(" ,.", at + 1);
        if (e == std::string::npos) break;
        std::string w = lower.substr(at + 1, e - at - 1);
        if (OneOf(w, {"was", "were", "is", "are", "which", "that"})) break;
        at = e;
      }
      for (const char* link : {", which was ", ", which were ", ", ", " was ", " were "}) {
        if (lower.compare(at, std::strlen(link), link) != 0) continue;
        at += std::strlen(link);
        for (const VerbEntry& v : rules.verbs_) {
          const RelationDef& r = *v.relation;
          size_t e = at + v.surface.size();
          if (!v.participle || r.object_type.find("Product") == std::string::npos || v.surface.empty() ||
              lower.compare(at, v.surface.size(), v.surface) != 0 ||
              (e < s.size() && std::isalnum(static_cast<unsigned char>(s[e]))) || lower.compare(e, 4, " by ") == 0) {
            continue;
          }
          std::map<std::string, int> quals;
          for (const ValueMention& val : values) {
            if (val.kind == ValueMention::Kind::kDate && val.begin >= e && val.begin < ClauseEnd(s, e) &&
                s.find(',', e) > val.begin) {
              quals["date"] = sink->Value(val);
              break;
            }
          }
          Emit(owner.entity, r, product.entity, -1, false, quals, owner.begin, e, "en:possessor-agent:" + r.id);
          break;
        }
        break;
      }
    }
  }

  // Noun forms: "X is a member of Y", "X, a member of Y".
  void NounForms() {
    for (const RelationDef& r : rules.relations_.relations()) {
      for (const NounForm& n : r.nouns) {
        for (const std::string& form : {n.singular, n.plural}) {
          std::string pattern = LowerAscii(form) + " of ";
          size_t pos = 0;
          while ((pos = lower.find(pattern, pos)) != std::string::npos) {
            std::vector<int> subjects, objects;
            size_t sb = pos, oe = pos + pattern.size();
            GroupAfter(pos + pattern.size(), &objects, &oe);
            // "a maker of electric vans", "of RNA drugs": a kind of thing, for a relation taking one.
            std::string kind = rules.words_ && rules.words_->TakesKindObject(r.id)
                                   ? KindPhraseAt(s, pos + pattern.size(), rules.words_->descriptor_breaks()) : "";
            if (kind.size() > oe - pos - pattern.size()) {
              objects = {ents->Intern(kind, "Product", {})};
              oe = pos + pattern.size() + kind.size();
            }
            size_t cut = pos > 0 && std::isalnum(static_cast<unsigned char>(s[pos - 1])) ? pos : NounPhraseStart(s, pos);
            while (cut > 0 && (s[cut - 1] == ' ' || s[cut - 1] == ',')) --cut;
            GroupBefore(cut, &subjects, &sb);
            if (!subjects.empty() && !objects.empty() && cut != pos) {
              for (int subj : subjects) {
                for (int obj : objects) {
                  if (n.denotes_object) Emit(obj, r, subj, -1, false, {}, sb, oe, "en:noun:" + r.id);
                  else Emit(subj, r, obj, -1, false, {}, sb, oe, "en:noun:" + r.id);
                }
              }
            }
            pos += pattern.size();
          }
        }
      }
    }
  }
};

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
