// Model tiers of a product: a tier word (lexicon.json classifiers "product_tier": Pro, Ultra,
// 엘리트 ...) after a product's name, with its version before or after it ("제미나이 2.5 프로",
// "스냅드래곤 X 엘리트", "Claude 3.5 Sonnet", "클로드 소네트 4"), is one name of its own; so is a
// generation after a version ("product_generation": 스냅드래곤 8 3세대).

#include <algorithm>
#include <cctype>

#include "ingest/ko/korean.h"
#include "ingest/mentions/mention_finder_impl.h"
#include "kg/base/strings.h"

namespace kg::ingest {

using namespace mention_text;

namespace {

// A version as products write it: "4", "2.5", "S24", "200V", "10.7B"; or one capital letter
// ("X"), which only a tier after it makes a version.
bool IsVersion(const std::string& w, bool letter_ok) {
  if (w.empty() || w.size() > 8) return false;
  if (letter_ok && w.size() == 1 && std::isupper(static_cast<unsigned char>(w[0]))) return true;
  bool digit = false;
  for (char c : w) {
    if (IsDigitByte(c))
      digit = true;
    else if (!IsAlphaByte(c) && c != '.')
      return false;
  }
  return digit;
}

}  // namespace

void MentionFinder::Impl::TieredProducts(std::vector<Mention>* chosen) {
  std::string_view s = text();
  for (size_t k = 0; k < chosen->size(); ++k) {
    const Mention m = (*chosen)[k];
    if (ents->at(m.entity).type != "Product") continue;
    bool versioned = m.source == Mention::Source::kVersion;
    // The words after the name, each as its stem (particles and closing marks off).
    struct Word {
      size_t begin, stem_end;
      std::string stem;
      bool last;  // particles or punctuation end the name here
    };
    std::vector<Word> words;
    size_t i = m.end;
    while (words.size() < 3 && i < s.size() && s[i] == ' ') {
      size_t b = i + 1, e = b;
      while (e < s.size() && s[e] != ' ') ++e;
      std::string raw(s.substr(b, e - b));
      std::string bare = StripTrailing(raw);
      ParticleSplit ps = SplitParticles(bare);
      std::string stem = ps.stem.empty() ? bare : ps.stem;
      // "프로를" is 프로 + 를, not 프 + 로를: a tier word before particles is taken whole.
      for (size_t cut = bare.size(); cut > 0; --cut) {
        if (cut < bare.size() && (bare[cut] & 0xC0) == 0x80) continue;  // inside a code point
        std::string head = bare.substr(0, cut);
        if (!f.lexicon_.ClassifierType("product_tier", head).empty() &&
            IsParticleSequence(std::string_view(bare).substr(cut))) {
          stem = head;
          break;
        }
      }
      if (stem.empty()) break;
      words.push_back({b, b + stem.size(), stem, stem.size() < raw.size()});
      if (words.back().last) break;
      i = e;
    }
    auto tier = [&](size_t w) -> std::string {
      if (w >= words.size()) return "";
      std::string t = f.lexicon_.ClassifierType("product_tier", words[w].stem);
      if (!t.empty() || !(versioned || (w > 0 && IsVersion(words[w - 1].stem, false)))) return t;
      // A generation after the version (스냅드래곤 8 3세대 -> Snapdragon 8 Gen 3).
      return f.lexicon_.ProductGeneration(words[w].stem);
    };
    // Version then tier ("X 엘리트"), tier then version ("소네트 4"), or tiers alone.
    std::vector<std::string> parts;  // the canonical words added to the name
    size_t used = 0;
    if (!versioned && words.size() >= 2 && !words[0].last && IsVersion(words[0].stem, true) &&
        !tier(1).empty()) {
      parts.push_back(words[0].stem);
      versioned = true;
      used = 1;
    }
    bool tiered = false;
    while (used < words.size()) {
      std::string t = tier(used);
      if (t.empty()) break;
      // A Korean name keeps its Korean tier (누리 X6 프로); an English one takes the English.
      parts.push_back(HasHangul(ents->at(m.entity).name) ? words[used].stem : t);
      tiered = true;
      if (words[used++].last) break;
    }
    if (!tiered) continue;
    if (!versioned && used < words.size() && !words[used - 1].last &&
        IsVersion(words[used].stem, false)) {
      parts.push_back(words[used++].stem);
    }
    size_t end = words[used - 1].stem_end;
    // The words taken may hold mentions of their own ("Sonnet"): the whole name replaces them.
    bool crosses = std::any_of(chosen->begin() + static_cast<long>(k) + 1, chosen->end(),
                               [&](const Mention& o) { return o.begin < end && o.end > end; });
    if (crosses) continue;
    // A copy: Intern below may grow the entity table and move the names.
    std::string name = ents->at(m.entity).name;
    for (const std::string& p : parts) name += " " + p;
    std::string surface(s.substr(m.begin, end - m.begin));
    std::vector<Alias> aliases;
    if (surface != name) aliases.push_back(Alias{surface, HasHangul(surface) ? "ko" : ""});
    int known = Known(name);
    int e = known >= 0 ? known : ents->Intern(name, "Product", aliases);
    int maker = m.owner >= 0 ? m.owner : ents->OwnerOf(m.entity);
    if (maker >= 0) ents->SetOwner(e, maker);
    (*chosen)[k] = Mention{m.begin, end, e, maker, Mention::Source::kVersion};
    chosen->erase(std::remove_if(chosen->begin() + static_cast<long>(k) + 1, chosen->end(),
                                 [&](const Mention& o) { return o.begin < end; }),
                  chosen->end());
  }
}

}  // namespace kg::ingest
