// The text Link Grammar parses for a sentence: each entity mention replaced by a placeholder
// name the dictionary knows (so multi-word and unknown names stay whole and cost nothing),
// money by a short amount, and parts that carry no relation roles dropped (a dateline,
// parentheses, a trailing "according to ..."), with a map back to the sentence's bytes.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "ingest/mentions/mentions.h"
#include "ingest/values.h"

namespace kg::ingest {

struct PreparedText {
  std::string text;
  struct Piece {
    size_t parse_begin, parse_end;  // in `text`
    size_t src_begin, src_end;      // in the sentence
    int mention = -1;               // index into the mentions, for a placeholder
  };
  std::vector<Piece> pieces;             // in order, covering `text`
  std::map<std::string, int> mentions;   // placeholder -> mention index
  bool complete = true;                  // false when there were more names than placeholders

  // The sentence bytes a range of `text` stands for.
  void ToSource(size_t parse_begin, size_t parse_end, size_t* src_begin, size_t* src_end) const;

  // The index into the mentions of the one a parse word stands for (`word` is its text, a
  // placeholder), or -1 when it stands for none.
  int MentionIndex(const std::string& word) const {
    auto it = mentions.find(word);
    return it == mentions.end() ? -1 : it->second;
  }
};

// `keeps_article(word)`: true when a name followed by `word` keeps its "the" (the name
// modifies that noun). `merged`: spans of the sentence to replace by one mention's placeholder (a title apposition
// "Haneul CEO Park Ji-min" stands for the person), as {begin, end, mention index}.
struct MergedSpan {
  size_t begin, end;
  int mention;
};

// Adds to `merged` each span of `extra` that overlaps none of it.
void AddSpansNotOverlapping(const std::vector<MergedSpan>& extra, std::vector<MergedSpan>* merged);

// A span of the sentence the parse text writes differently: dropped (empty `text`) or replaced.
struct Rewrite {
  size_t begin, end;
  std::string text;
};

// `rewrites` apply before anything else; a mention inside a dropped span is not in the text.
PreparedText PrepareForParse(const std::string& sentence, const std::vector<Mention>& mentions,
                             const std::vector<ValueMention>& values,
                             const std::vector<MergedSpan>& merged,
                             const std::vector<std::string>& placeholders,
                             const std::function<bool(const std::string&)>& keeps_article,
                             const std::vector<Rewrite>& rewrites = {});

// For a sentence too long to parse whole: each clause that describes a name, as a sentence of
// its own with the name for its subject ("X, which was founded in 2020 by Y, ..." -> "X was
// founded in 2020 by Y."; "X, founded in 2019 by Y, ..." -> "X was founded in 2019 by Y.";
// "X, a company that was bought by Y" -> "X was bought by Y."), then the sentence without
// them ("X ... had struggled to raise money."), which also leaves out an object relative clause
// that ends the sentence ("..., which it expects to finish in 2026."). Each part is the rewrites
// that make it; empty when the sentence has no such clause. `participle(word)`: true for a past participle;
// `predicate(word)`: true for a word that can start the relative clause's verb phrase after
// "which" ("was", "signed"; not "it" of "which it formed", not "most" of "that most people use").
std::vector<std::vector<Rewrite>> ClauseParts(const std::string& sentence,
                                              const std::vector<Mention>& mentions,
                                              const std::function<bool(const std::string&)>& participle,
                                              const std::function<bool(const std::string&)>& predicate);

// "X launched an investigation into Y, and the agency declined to comment": two main
// clauses joined by ", and" (or ", while", ", but"), each with a finite verb (`finite(word)`),
// as two parts, each the rewrites that leave one clause. Empty when the sentence has no such
// joint; a list of names (", and Z said") has no verb before the joint.
std::vector<std::vector<Rewrite>> CoordinatedClauses(const std::string& sentence,
                                                     const std::function<bool(const std::string&)>& finite);

// Where a news dateline ("BOSTON, June 2, 2025 -- ") that opens `s` ends, or 0.
size_t DatelineEnd(const std::string& s);

}  // namespace kg::ingest
