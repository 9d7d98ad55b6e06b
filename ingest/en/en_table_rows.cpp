// Table rows read as clauses: "| Fynkabel | Supply export cables to Utsira Vest |" under
// "| Company | What it will do |" is "Fynkabel will supply export cables to Utsira Vest".
#include "ingest/en/en_table_rows.h"

#include <cctype>
#include <string>

#include "ingest/en/en_word_forms.h"
#include "ingest/en/wordnet.h"

namespace kg::ingest {

namespace {

// Where the row's verb cell (its second cell) begins in the sentence, or npos: the row has a
// header, a key cell and a second cell whose first word is a verb written with a capital and
// followed by more words ("Supply turbines to X", "Lend to X"; not "Buyer" or "50%").
size_t VerbCellBegin(const Sentence& s, size_t* key_end, size_t* cell_end) {
  if (s.cells.size() < 2 || s.header.size() != s.cells.size() || s.cells[0].empty() ||
      s.cells[1].empty() || s.text.compare(0, s.cells[0].size(), s.cells[0]) != 0) {
    return std::string::npos;
  }
  size_t begin = s.cells[0].size() + 2;
  if (s.text.compare(s.cells[0].size(), 2, "; ") != 0 ||
      s.text.compare(begin, s.cells[1].size(), s.cells[1]) != 0) {
    return std::string::npos;
  }
  const std::string& cell = s.cells[1];
  size_t space = cell.find(' ');
  if (space == std::string::npos || !std::isupper(static_cast<unsigned char>(cell[0]))) {
    return std::string::npos;
  }
  std::string first = LowerAscii(cell.substr(0, space));
  for (char c : first) {
    if (!std::islower(static_cast<unsigned char>(c))) return std::string::npos;
  }
  if (!WordNet::Shared().Has(Lemma(first, true), WordClass::kVerb)) return std::string::npos;
  *key_end = s.cells[0].size();
  *cell_end = begin + cell.size();
  return begin;
}

// "supply" -> "supplies", "own" -> "owns": the row's key is one company, and the parse wants
// the verb to agree with it; a verb already written so stays.
std::string ThirdPerson(const std::string& verb) {
  auto ends = [&](const char* tail) {
    size_t n = std::string(tail).size();
    return verb.size() > n && verb.compare(verb.size() - n, n, tail) == 0;
  };
  if (ends("s")) return verb;
  if (ends("y") && std::string("aeiou").find(verb[verb.size() - 2]) == std::string::npos) {
    return verb.substr(0, verb.size() - 1) + "ies";
  }
  if (ends("x") || ends("z") || ends("ch") || ends("sh") || ends("o")) return verb + "es";
  return verb + "s";
}

bool SaysWill(const std::string& header) {
  std::string h = " " + LowerAscii(header) + " ";
  return h.find(" will ") != std::string::npos;
}

}  // namespace

std::vector<Rewrite> TableRowClause(const Sentence& sentence) {
  size_t key_end = 0, cell_end = 0;
  size_t begin = VerbCellBegin(sentence, &key_end, &cell_end);
  if (begin == std::string::npos) return {};
  size_t space = sentence.text.find(' ', begin);
  std::string verb = LowerAscii(sentence.text.substr(begin, space - begin));
  bool will = SaysWill(sentence.header[1]);
  std::vector<Rewrite> out{{key_end, begin, will ? " will " : " "},
                           {begin, space, will ? verb : ThirdPerson(verb)}};
  if (cell_end < sentence.text.size()) out.push_back({cell_end, sentence.text.size(), ""});
  return out;
}

bool IsTableRowVerb(const Sentence& sentence, const Mention& m) {
  size_t key_end = 0, cell_end = 0;
  size_t begin = VerbCellBegin(sentence, &key_end, &cell_end);
  return begin != std::string::npos && m.begin == begin && m.end < cell_end &&
         sentence.text.find(' ', begin) >= m.end;
}

}  // namespace kg::ingest
