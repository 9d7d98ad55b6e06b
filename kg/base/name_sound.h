// How a name sounds, coarsely: so that an English spelling of a Korean company, product or
// person ("Celltrion", "TaoMarket", "Kim Chang-han") can find the name the document wrote in
// Hangul (셀트리온, 타오마켓, 김창한). Korean writes foreign names by their sound (loanword
// transcription) and Korean names are romanised by theirs, so the consonants heard, in order,
// agree; the vowels do not (Hangul adds 으 to break clusters, English spells one vowel many
// ways) and are only counted.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

struct NameSound {
  std::string consonants;  // one letter per consonant class heard, repeats collapsed
  int vowels = 0;          // vowel sounds: Latin vowel groups, Hangul syllables without 으
};

// English words of organisation names and the Korean words names write for them (materials:
// 소재, life: 생명), lower case; question_words.json "name_words".
using NameWords = std::map<std::string, std::vector<std::string>>;

// The sounds a Latin spelling may stand for (a few, where English spelling is ambiguous: 'th'
// as ㅌ or ㅅ, a soft or hard 'g', a word-initial l/r that Korean drops, a final 'r' written
// 르 or not). Hangul letters in the name are read as HangulSound reads them. `folded` is
// lower case (FoldName). A word of `words` may also be read as its Korean words.
std::vector<NameSound> LatinSounds(std::string_view folded, const NameWords* words = nullptr);

// The one sound of a name written in Hangul (Latin letters and digits in it read as
// LatinSounds' first reading).
NameSound HangulSound(std::string_view folded);

// True when `text` holds a Hangul syllable.
bool HasHangul(std::string_view text);

// Whether a sound holds enough consonants to be told apart (three): a shorter one is never
// heard alike with another.
bool Distinctive(const NameSound& sound);

// Whether two sounds are heard alike: the same consonants (at least three, so that short
// names do not meet by chance) and about as many vowels.
bool SoundAlike(const NameSound& latin, const NameSound& hangul);

}  // namespace kg
