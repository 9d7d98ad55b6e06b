// The noun a naming word ties to the name after it ("The venture, called X").
#include "ingest/en/en_named_descriptors.h"

#include <cctype>
#include <string>

#include "ingest/en/wordnet.h"

namespace kg::ingest {

namespace {

bool Skippable(char c) { return c == ' ' || c == ',' || c == '*' || c == '_'; }

// The word ending at byte `end` (letters and hyphens), lower-cased; `*begin` its first byte.
std::string WordEndingAt(const std::string& text, size_t end, size_t* begin) {
  size_t b = end;
  while (b > 0 && (std::isalpha(static_cast<unsigned char>(text[b - 1])) || text[b - 1] == '-'))
    --b;
  *begin = b;
  std::string w = text.substr(b, end - b);
  for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return w;
}

}  // namespace

std::string NamedDescriptorHead(const std::string& text, size_t at, const EnglishWords& words) {
  size_t end = at;
  while (end > 0 && Skippable(text[end - 1])) --end;
  size_t begin = 0;
  if (!words.IsNamingWord(WordEndingAt(text, end, &begin))) return "";
  end = begin;
  while (end > 0 && Skippable(text[end - 1])) --end;
  std::string noun = WordEndingAt(text, end, &begin);
  WordNet& wn = WordNet::Shared();
  if (noun.size() < 3 || !wn.Has(noun, WordClass::kNoun)) return "";
  return wn.Lemma(noun, WordClass::kNoun);
}

}  // namespace kg::ingest
