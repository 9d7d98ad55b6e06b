// Word classes and phrases of English questions (understand_en_words.h).
#include "kg/query/understand_en_words.h"
#include "kg/base/strings.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "ingest/en/wordnet.h"
#include "kg/base/unicode.h"
#include "kg/query/binder.h"

namespace kg::understand_en {

namespace {


std::string Lower(const std::string& s) { return kg::ToLower(s); }

bool IsNumber(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) || c == ',' || c == '.' || c == '-';
  });
}

Tok Make(const std::string& raw, const std::string& low, size_t word) {
  Tok t;
  t.raw = raw;
  t.low = low;
  t.word = word;
  return t;
}

// The senses of the phrase starting at `i` ("team up", "chief executive", "ceo"), longest
// first; `noun` says how it was read.
std::vector<Cue> CueAt(const QuestionLexicon& lex, const std::vector<Tok>& toks, size_t i,
                       size_t* span, bool* noun) {
  auto& wn = ingest::WordNet::Shared();
  const Tok& t = toks[i];
  for (size_t n = 3; n >= 2; --n) {
    if (i + n > toks.size()) continue;
    std::string rest;
    bool ok = true;
    for (size_t k = i + 1; k < i + n; ++k) {
      ok = ok && toks[k].cls != Cls::kName;
      rest += " " + toks[k].low;
    }
    if (!ok) continue;
    std::vector<Cue> v = lex.EnglishVerb(t.lemma + rest);
    std::vector<Cue> nn = lex.EnglishNoun(t.low + rest);
    if (nn.empty()) nn = lex.EnglishNoun(t.low + " " + wn.Lemma(toks[i + n - 1].low, ingest::WordClass::kNoun));
    if (!v.empty() || !nn.empty()) {
      *span = n;
      *noun = v.empty();
      return v.empty() ? nn : v;
    }
  }
  *span = 1;
  std::vector<Cue> verbs = lex.EnglishVerb(t.lemma);
  std::vector<Cue> nouns = lex.EnglishNoun(t.low);
  if (nouns.empty()) nouns = lex.EnglishNoun(wn.Lemma(t.low, ingest::WordClass::kNoun));
  if (verbs.empty() || nouns.empty()) {
    *noun = verbs.empty();
    return verbs.empty() ? nouns : verbs;
  }
  // Both: a noun after a determiner, a possessive or "many" (after a possessive an adjective
  // may come between: "Vantage's biggest rival", "whose main partner"), or before "of".
  const Tok* prev = i > 0 ? &toks[i - 1] : nullptr;
  const Tok* next = i + 1 < toks.size() ? &toks[i + 1] : nullptr;
  bool adjective_after_possessive = i > 1 && prev->cls == Cls::kOther &&
                                    (toks[i - 2].possessive || toks[i - 2].low == "whose");
  *noun = (prev && (prev->cls == Cls::kDet || prev->possessive || prev->low == "whose" ||
                    prev->low == "many" || prev->cls == Cls::kType)) ||
          adjective_after_possessive || (next && next->low == "of");
  return *noun ? nouns : verbs;
}

// "how much money did X put into Y", "what stake will X take in Y": the value word after the
// question word is the fronted object of a verb phrase of the vocabulary ("put money", "take a
// stake" -- the article the fronting drops restored); the first verb after it that forms one
// becomes its cue.
void FrontedObjectVerb(const QuestionLexicon& lex, const std::string& noun, size_t from,
                       std::vector<Tok>* toks) {
  for (size_t k = from; k < toks->size(); ++k) {
    Tok& t = (*toks)[k];
    // A verb read alone ("take" as in "take over") yields to the phrase its object completes.
    bool lone_verb = t.cls == Cls::kCue && !t.noun && t.span == 1;
    if (t.cls != Cls::kOther && t.cls != Cls::kHave && !lone_verb) continue;
    std::vector<Cue> cues = lex.EnglishVerb(t.lemma + " " + noun);
    if (cues.empty()) cues = lex.EnglishVerb(t.lemma + " a " + noun);
    if (cues.empty()) continue;
    t.cls = Cls::kCue;
    t.cues = std::move(cues);
    return;
  }
}

// "Which government programme does X take part in", "which chip company did X buy": of
// lower-case nouns run together before the verb, the last is the phrase's head and says what
// is asked; the words before it only modify it. The head's position (`first` when the nouns
// do not end at a verb).
size_t HeadOfNouns(const std::vector<Tok>& toks, size_t first) {
  auto noun = [&](size_t k) {
    const Tok& t = toks[k];
    bool lower = !t.raw.empty() && !std::isupper(static_cast<unsigned char>(t.raw[0]));
    return (t.cls == Cls::kType || t.cls == Cls::kOther) && lower && !t.possessive;
  };
  if (!noun(first)) return first;
  size_t head = first;
  while (head + 1 < toks.size() && noun(head + 1)) ++head;
  bool verb_next = head + 1 < toks.size() &&
                   (toks[head + 1].cls == Cls::kAux || toks[head + 1].cls == Cls::kBe ||
                    toks[head + 1].cls == Cls::kHave);
  return verb_next ? head : first;
}

}  // namespace

std::vector<Tok> Split(const QuestionWords& g, const std::vector<parser::ast::Name>& words) {
  std::vector<Tok> toks;
  for (size_t w = 0; w < words.size(); ++w) {
    const parser::ast::Name& word = words[w];
    if (word.quoted) {
      Tok t = Make(word.text, Lower(word.text), w);
      t.quoted = true;
      toks.push_back(t);
      continue;
    }
    std::string trimmed = TrimPunctuation(word.text);
    std::string low = Lower(trimmed);
    if (low.empty()) {
      if (word.text.find(',') != std::string::npos) toks.push_back(Make(",", ",", w));
      continue;
    }
    size_t apostrophe = low.find("\xE2\x80\x99");
    if (apostrophe != std::string::npos) low.replace(apostrophe, 3, "'");
    if (g.en.contractions.count(low)) {
      toks.push_back(Make(trimmed.substr(0, low.size() - 2), low.substr(0, low.size() - 2), w));
      toks.push_back(Make("is", "is", w));
    } else if (EndsWith(low, "n't")) {
      std::string base = low.substr(0, low.size() - 3);
      if (auto b = g.en.contraction_bases.find(base); b != g.en.contraction_bases.end()) base = b->second;
      toks.push_back(Make(base, base, w));
      toks.push_back(Make("not", "not", w));
    } else {
      Tok t = Make(word.text, low, w);
      if (EndsWith(low, "'s") || EndsWith(low, "s'")) {
        t.possessive = true;
        t.low = EndsWith(low, "'s") ? low.substr(0, low.size() - 2) : low.substr(0, low.size() - 1);
      }
      toks.push_back(t);
    }
    if (!word.text.empty() && word.text.back() == ',') toks.push_back(Make(",", ",", w));
  }
  return toks;
}

void Classify(const QuestionLexicon& lex, std::vector<Tok>* toks_ptr) {
  std::vector<Tok>& toks = *toks_ptr;
  auto& wn = ingest::WordNet::Shared();
  const QuestionWords::English& g = lex.grammar().en;
  for (Tok& t : toks) {
    if (t.cls == Cls::kName) continue;
    // "co-founded", "co-founder": done together is still done (joint_prefixes).
    for (const std::string& prefix : g.joint_prefixes) {
      if (t.low.size() > prefix.size() + 2 && t.low.compare(0, prefix.size(), prefix) == 0) {
        t.low = t.low.substr(prefix.size());
      }
    }
    t.lemma = wn.Lemma(t.low, ingest::WordClass::kVerb);
    const std::string& w = t.low;
    if (g.question_words.count(w)) t.cls = Cls::kWh;
    else if (g.auxiliaries.count(w)) t.cls = Cls::kAux;
    else if (g.be.count(w)) t.cls = Cls::kBe;
    else if (g.have.count(w)) t.cls = Cls::kHave;
    else if (g.negation.count(w) || lex.english().IsNegationWord(w)) t.cls = Cls::kNeg;
    else if (g.determiners.count(w)) t.cls = Cls::kDet;
    else if (g.prepositions.count(w)) t.cls = Cls::kPrep;
    else if (g.conjunctions.count(w)) t.cls = Cls::kConj;
    else if (g.relative.count(w)) t.cls = Cls::kRel;
    else if (g.imperatives.count(w)) t.cls = Cls::kImper;
    else if (IsNumber(w) || g.months.count(w)) t.cls = Cls::kNumber;
    else if (!lex.vocabulary().TypesForWord(w).empty()) t.cls = Cls::kType;
    else if (!lex.vocabulary().AnswerKindForWord(w).empty()) t.cls = Cls::kAnswer;
  }
  // "plans to": an auxiliary of the verb after it (the plan itself is Flags' business);
  // "start investigating", "began to supply": so is a verb of beginning.
  for (size_t i = 0; i + 1 < toks.size(); ++i) {
    bool gerund = EndsWith(toks[i + 1].low, "ing") || toks[i + 1].low == "to";
    if (toks[i].cls == Cls::kOther && g.aspect_verbs.count(toks[i].lemma) && gerund) toks[i].cls = Cls::kAux;
    bool plan_verb = g.plan_words.count(toks[i].low) || lex.english().IsPlannedVerb(toks[i].lemma);
    if (toks[i].cls == Cls::kOther && plan_verb && toks[i + 1].low == "to") {
      toks[i].cls = Cls::kAux;
    }
  }
  // "under its strategy", "according to X": a name after an adjunct preposition fills no slot.
  for (size_t i = 0; i + 1 < toks.size(); ++i) {
    if (toks[i].cls != Cls::kPrep && toks[i].cls != Cls::kOther) continue;
    if (!g.adjunct_prepositions.count(toks[i].low)) continue;
    size_t k = i + 1;
    while (k < toks.size() && (toks[k].cls == Cls::kDet || toks[k].cls == Cls::kPrep)) ++k;
    for (int name = k < toks.size() ? toks[k].name : -1; k < toks.size() && name >= 0 && toks[k].name == name; ++k) {
      toks[k].cls = Cls::kSkip;
    }
  }
  // "used to be": habit, not the relation uses; "going to": the future, not a movement.
  for (size_t i = 0; i + 1 < toks.size(); ++i) {
    for (const auto& [first, second] : g.auxiliary_phrases) {
      if (toks[i].low == first && toks[i + 1].low == second) toks[i].cls = toks[i + 1].cls = Cls::kAux;
    }
  }
  for (size_t i = 0; i < toks.size(); ++i) {
    Tok& t = toks[i];
    bool phrase_head = lex.StartsPhrase(t.low) || lex.StartsPhrase(t.lemma);
    if (t.cls == Cls::kName || t.cls == Cls::kSkip || t.cls == Cls::kNumber) continue;
    if (t.cls != Cls::kOther && t.cls != Cls::kImper && t.cls != Cls::kType && !phrase_head) continue;
    size_t span = 1;
    bool noun = false;
    std::vector<Cue> cues = CueAt(lex, toks, i, &span, &noun);
    // "Whose product is Sora?": a type word after "whose" is the relation noun it also is.
    bool whose_noun = t.cls == Cls::kType && i > 0 && toks[i - 1].low == "whose";
    if (cues.empty() || (span == 1 && t.cls != Cls::kOther && !whose_noun)) continue;
    t.cls = Cls::kCue;
    t.cues = std::move(cues);
    t.noun = noun;
    t.span = span;
    for (size_t k = i + 1; k < i + span; ++k) toks[k].cls = Cls::kSkip;
    i += span - 1;
  }
}

Wh FindWh(const QuestionLexicon& lex, std::vector<Tok>& toks, QuestionFrame* frame) {
  const ingest::RelationVocabulary& vocab = lex.vocabulary();
  Wh wh;
  size_t i = 0;
  while (i < toks.size() && (toks[i].cls == Cls::kImper || toks[i].cls == Cls::kPrep)) ++i;
  size_t start = i;
  for (; i < toks.size(); ++i) {
    if (toks[i].cls != Cls::kWh) continue;
    bool relative = i > 0 && (toks[i - 1].cls == Cls::kType || toks[i - 1].cls == Cls::kOther);
    if (!relative) break;
  }
  frame->asked = Asked::kEntity;
  if (i >= toks.size()) {
    // No question word: yes/no when it opens with an auxiliary, else the thing described.
    if (start < toks.size() && (toks[start].cls == Cls::kAux || toks[start].cls == Cls::kBe ||
                                toks[start].cls == Cls::kHave)) {
      frame->asked = Asked::kYesNo;
      frame->column = "answer";
      return wh;
    }
    for (size_t k = start; k < toks.size(); ++k) {
      if (toks[k].cls == Cls::kDet) continue;
      if (toks[k].cls == Cls::kAnswer) {
        frame->asked = understand::AnswerKind(vocab, toks[k].low);
        frame->column = toks[k].low;
      } else if (toks[k].cls == Cls::kType || (toks[k].cls == Cls::kOther && start > 0)) {
        wh = Wh{"what", k, k + 1, true};
        frame->answer_word = toks[k].low;
        frame->column = toks[k].low;
      }
      break;
    }
    if (frame->column.empty()) frame->column = "answer";
    return wh;
  }
  wh = Wh{toks[i].low, i, i + 1, true};
  frame->column = wh.word == "whom" ? "who" : wh.word;
  const Tok* next = i + 1 < toks.size() ? &toks[i + 1] : nullptr;
  if (wh.word == "when") {
    frame->asked = Asked::kDate;
    frame->column = "date";
    wh.np = false;
  } else if (wh.word == "how" && next) {
    wh.end = i + 2;
    std::string asks = lex.grammar().HowAsks(next->low);
    // "how much of X does Y own": a part of X, asked by the two words together.
    if (i + 2 < toks.size()) {
      std::string two = lex.grammar().HowAsks(next->low + " " + toks[i + 2].low);
      if (!two.empty()) asks = two;
    }
    if (!asks.empty()) toks[i + 1].cls = Cls::kSkip;  // read: "much" is no unknown name
    if (asks == "count") {
      frame->asked = Asked::kCount;
      frame->column = "count";
      if (i + 2 < toks.size() && toks[i + 2].cls != Cls::kAux && toks[i + 2].cls != Cls::kBe &&
          toks[i + 2].cls != Cls::kHave) {
        wh.end = i + 3;
        frame->answer_word = toks[i + 2].low;
      }
    } else if (!asks.empty()) {  // how much, how big
      frame->asked = understand::AnswerKind(asks);
      frame->column = asks;
      wh.np = false;
      // "how much money": the value word only repeats what is asked -- or is the fronted
      // object of a verb phrase ("how much money did X put into Y": "put money").
      if (i + 2 < toks.size() && toks[i + 2].cls == Cls::kAnswer) {
        toks[i + 2].cls = Cls::kSkip;
        wh.end = i + 3;
        FrontedObjectVerb(lex, toks[i + 2].low, i + 3, &toks);
      }
    }
  } else if ((wh.word == "what" || wh.word == "which") && next) {
    // "which Korean company": the nationality word was read (DemonymAfterWh); the type follows.
    if (next->cls == Cls::kSkip && i + 2 < toks.size()) {
      ++i;
      next = &toks[i + 1];
    }
    // "which venture firm backs X", "which holding company owns X": a relation word before
    // the type word of the question word's phrase only says what kind of thing is asked when
    // another relation word follows.
    size_t type = i + 1 + next->span;
    bool cue_modifier = next->cls == Cls::kCue && type < toks.size() &&
                        toks[type].cls == Cls::kType &&
                        std::any_of(toks.begin() + static_cast<std::ptrdiff_t>(type) + 1, toks.end(),
                                    [](const Tok& t) { return t.cls == Cls::kCue; });
    if (cue_modifier) {
      for (size_t k = i + 1; k < type; ++k) toks[k].cls = Cls::kSkip;
      i = type - 1;
      next = &toks[type];
    }
    if (next->cls == Cls::kAnswer) {
      frame->asked = understand::AnswerKind(vocab, next->low);
      frame->column = next->low;
      wh.np = false;
      wh.end = i + 2;
      FrontedObjectVerb(lex, next->low, i + 2, &toks);
    } else if (next->cls == Cls::kType || next->cls == Cls::kOther ||
               (next->cls == Cls::kCue && next->noun && i + 2 < toks.size() &&
                (toks[i + 2].cls == Cls::kAux || toks[i + 2].cls == Cls::kBe ||
                 toks[i + 2].cls == Cls::kHave))) {
      if (next->cls == Cls::kCue) toks[i + 1].cls = Cls::kType;
      size_t head = next->cls == Cls::kCue ? i + 1 : HeadOfNouns(toks, i + 1);
      for (size_t k = i + 1; k < head; ++k) toks[k].cls = Cls::kSkip;
      frame->answer_word = toks[head].low;
      frame->column = toks[head].low;
      wh.end = head + 1;
    }
  } else if (wh.word == "where") {
    frame->column = "where";
  }
  return wh;
}

void Flags(const QuestionLexicon& lex, const std::vector<Tok>& toks, QuestionFrame* frame) {
  for (size_t i = 0; i < toks.size(); ++i) {
    const Tok& t = toks[i];
    if (t.cls == Cls::kNeg) frame->negated = true;
    // "ranks third", "ranked 2nd": the rank the fact must carry.
    if (i > 0 && toks[i - 1].cls == Cls::kCue && frame->rank == 0) {
      auto ord = lex.grammar().en.ordinals.find(t.low);
      if (ord != lex.grammar().en.ordinals.end()) frame->rank = ord->second;
    }
    if (lex.english().IsPlannedAuxiliary(t.low) || lex.grammar().en.plan_words.count(t.low) || (t.cls != Cls::kCue && t.cls != Cls::kName &&
                             lex.english().IsPlannedVerb(t.lemma) && i + 1 < toks.size() &&
                             toks[i + 1].low == "to")) {
      frame->plans = true;
      // "owns or will own": the future beside another tense of the verb asks for both.
      if (i > 0 && toks[i - 1].cls == Cls::kConj) frame->any_tense = true;
    }
    // The progressive of a relation verb ("is acquiring", "are building") speaks of what is
    // under way or arranged: plans count, as with "will".
    bool be_before = std::any_of(toks.begin(), toks.begin() + i,
                                 [](const Tok& b) { return b.cls == Cls::kBe; });
    if (t.cls == Cls::kCue && !t.noun && be_before && EndsWith(t.low, "ing")) frame->plans = true;
  }
}

Relative FindRelative(const std::vector<Tok>& toks, const Wh& wh, const std::vector<size_t>& cues) {
  Relative r;
  for (size_t h = 1; h < toks.size(); ++h) {
    if (toks[h].cls != Cls::kType || toks[h - 1].cls != Cls::kDet) continue;
    if (h >= wh.pos && h < wh.end) continue;
    size_t j = h + 1;
    if (j < toks.size() && (toks[j].cls == Cls::kRel || toks[j].cls == Cls::kWh)) ++j;
    auto cue = std::find_if(cues.begin(), cues.end(), [&](size_t c) { return c >= j; });
    if (cue == cues.end()) continue;
    bool subject_gap = *cue == j || std::none_of(toks.begin() + j, toks.begin() + *cue,
                                                 [](const Tok& t) { return t.cls == Cls::kName; });
    size_t end = *cue + toks[*cue].span;
    while (end < toks.size() && toks[end].cls == Cls::kSkip) ++end;
    if (end < toks.size() && toks[end].cls == Cls::kPrep) ++end;
    if (subject_gap) {
      while (end < toks.size() && toks[end].cls == Cls::kDet) ++end;
      while (end < toks.size() && toks[end].cls == Cls::kName) ++end;
    }
    auto outer = std::find_if(cues.begin(), cues.end(), [&](size_t c) { return c < h || c >= end; });
    if (outer == cues.end()) continue;
    r = Relative{true, h, end, *cue, *outer};
    return r;
  }
  return r;
}

size_t MainCue(std::vector<Tok>& toks, const std::vector<size_t>& cues) {
  // A preposition stranded at the end ("which company does X supply core parts to?").
  std::string stranded = !toks.empty() && toks.back().cls == Cls::kPrep ? toks.back().low : "";
  auto takes_stranded = [&](size_t cue) {
    return !stranded.empty() && std::any_of(toks[cue].cues.begin(), toks[cue].cues.end(),
                                            [&](const Cue& q) { return q.prep == stranded; });
  };
  // A light verb before a relation noun ("sign a partnership with"): the noun says it --
  // unless the stranded preposition is the verb's and not the noun's ("supply parts to"):
  // then the noun is only what the verb's object is made of.
  for (size_t k = 0; k + 1 < cues.size(); ++k) {
    const Tok& v = toks[cues[k]];
    if (v.noun || cues[k + 1] > cues[k] + 4 || !toks[cues[k + 1]].noun) continue;
    if (takes_stranded(cues[k]) && !takes_stranded(cues[k + 1])) return cues[k];
    return cues[k + 1];
  }
  return cues.front();
}

namespace {

// "invest in France for AI data centers", "compete on EV batteries", "Which AI service", "the
// global EV battery report": an acronym the graph has no entity for, opening an adjunct after
// a preposition, after a question word or after another modifier, and followed by a
// lower-case noun, says what kind of thing the noun is; it is no name. Elsewhere it may be
// what the question is about ("meet the XY delegation", "build its AI centre") and stays an
// unknown name; a slot the question leaves open also makes it one (see UnderstandEnglish).
bool AcronymModifier(const std::vector<Tok>& toks, size_t i) {
  const std::string& raw = toks[i].raw;
  if (raw.size() < 2 || raw.size() > 5 || i + 1 >= toks.size() || i == 0) return false;
  size_t before = i - 1;
  // After a preposition (with its determiner), a question word (Which AI service), or another
  // modifier of the same noun (the global EV battery report, the Gunsan EV line); not right
  // after a bare determiner (the XY delegation), where it may be the name asked about.
  const Tok& mod = toks[before];
  bool word = mod.cls != Cls::kDet && mod.cls != Cls::kPrep && mod.cls != Cls::kConj &&
              mod.cls != Cls::kAux && mod.cls != Cls::kBe && mod.cls != Cls::kHave &&
              mod.cls != Cls::kNeg && mod.cls != Cls::kRel && mod.cls != Cls::kWh;
  bool modifier_before = word && before > 0 && toks[before - 1].cls == Cls::kDet;
  if (toks[before].cls == Cls::kDet && before > 0) --before;
  if (toks[before].cls != Cls::kPrep && toks[before].cls != Cls::kWh && !modifier_before)
    return false;
  bool capitals = std::all_of(raw.begin(), raw.end(), [](char c) {
    return std::isupper(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c));
  });
  const Tok& next = toks[i + 1];
  bool lower_noun = !next.raw.empty() && std::islower(static_cast<unsigned char>(next.raw[0])) &&
                    next.cls != Cls::kPrep && next.cls != Cls::kConj && next.cls != Cls::kAux &&
                    next.cls != Cls::kBe &&
                    ingest::WordNet::Shared().Has(next.low, ingest::WordClass::kNoun);
  return capitals && std::isupper(static_cast<unsigned char>(raw[0])) && lower_noun;
}

}  // namespace

Status CheckUnknownNames(const QuestionContext& ctx, const std::vector<parser::ast::Name>& words,
                         const std::vector<Tok>& toks) {
  for (size_t i = 0; i < toks.size(); ++i) {
    const Tok& t = toks[i];
    bool capital = !t.raw.empty() && std::isupper(static_cast<unsigned char>(t.raw[0]));
    if (t.cls != Cls::kOther || !capital || (i == 0 && ctx.lexicon.grammar().IsFunctionWord(t.low))) continue;
    std::string text = TrimPunctuation(t.raw);
    size_t k = i + 1;
    while (k < toks.size() && toks[k].cls == Cls::kOther && !toks[k].raw.empty() &&
           std::isupper(static_cast<unsigned char>(toks[k].raw[0]))) {
      text += " " + TrimPunctuation(toks[k].raw);
      ++k;
    }
    if (text.size() > 1 && (text.compare(text.size() - 2, 2, "'s") == 0)) text.resize(text.size() - 2);
    if (k == i + 1 && AcronymModifier(toks, i)) continue;
    Result<std::vector<TermId>> ids = ctx.binder.ResolveName(text, words[t.word], nullptr);
    if (!ids.ok()) return ids.status();
  }
  return Status::OK();
}

Status NoRelationWord(const QuestionContext& ctx, const std::vector<parser::ast::Name>& words,
                      const std::vector<Tok>& toks) {
  KG_RETURN_IF_ERROR(CheckUnknownNames(ctx, words, toks));
  for (const Tok& t : toks) {
    if (t.cls == Cls::kOther) {
      return understand::NotUnderstood(ctx.binder, "'" + TrimPunctuation(t.raw) + "'",
                                       "no relation word found", words[t.word]);
    }
  }
  return understand::NotUnderstood(ctx.binder, "the question", "no relation word found",
                                   words.front());
}

}  // namespace kg::understand_en
