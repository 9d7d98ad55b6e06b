// Products named by a version: a version after an organisation's or a product family's name
// ("라마 3", "Meta Llama 3", "엑사원 3.0"), and a bare version beside a versioned sibling
// ("V3" next to "Mistral-V2"). Split from korean_name_cues.cpp, whose Korean cues were
// another job, to keep each file to one.

#include <algorithm>
#include <cctype>

#include "ingest/ko/korean.h"
#include "ingest/mentions/mention_finder_impl.h"
#include "kg/base/strings.h"

namespace kg::ingest {

void MentionFinder::Impl::VersionedProducts(std::vector<Mention>* chosen) {
  std::string_view s = text();
  for (size_t k = 0; k < chosen->size(); ++k) {
    Mention& m = (*chosen)[k];
    if (m.source == Mention::Source::kVersion) continue;  // a tiered name (TieredProducts)
    // A version after a product family ("엑사원 3.0", "Llama 3" + ".1") names a product of
    // its own, made by the family's maker.
    const bool family = ents->at(m.entity).type == "Product";
    if (ents->at(m.entity).type != "Organization" && !family) continue;
    size_t i = m.end;
    const bool point_release = family && i + 1 < s.size() && s[i] == '.' && IsDigitByte(s[i + 1]);
    if (i >= s.size() || (s[i] != ' ' && !point_release)) continue;
    if (!point_release) ++i;
    size_t j = i;
    while (j < s.size() &&
           (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '.' || s[j] == '-')) {
      ++j;
    }
    std::string version(s.substr(i, j - i));
    bool digit = std::any_of(version.begin(), version.end(), IsDigitByte);
    if (version.empty() || !digit || version.size() > 8) continue;
    // A version read as a Latin name of its own ("200V") is this version, not another name.
    bool absorbs =
        k + 1 < chosen->size() && (*chosen)[k + 1].begin >= i && (*chosen)[k + 1].end <= j;
    if (k + 1 < chosen->size() && (*chosen)[k + 1].begin < j && !absorbs) continue;
    // "엑사원 3.0(EXAONE 3.0)은": the particles may follow a parenthesised original.
    size_t after = j;
    if (family && after < s.size() && s[after] == '(') {
      size_t close = s.find(')', after);
      if (close == std::string_view::npos) continue;
      after = close + 1;
    }
    size_t r = after;
    while (r < s.size() && s[r] != ' ') ++r;
    std::string rest(s.substr(after, r - after));
    if (family && !rest.empty() && rest.back() == ';') rest.pop_back();  // a table cell ends
    if (!IsParticleSequence(rest)) continue;
    // A copy: Intern below may grow the entity table and move the names.
    const std::string org = ents->at(m.entity).name;
    bool letter = std::isalpha(static_cast<unsigned char>(version[0]));
    std::string joint = point_release ? "" : (letter && !family ? "-" : " ");
    std::string name = org + joint + version;
    int known = Known(name);
    int e = known >= 0 ? known : ents->Intern(name, "Product", {});
    // A family's version as written ("갤럭시 S25" for Galaxy S25) is a name a question may
    // use. Not a maker's ("기아 EV5"): that span stays the maker and its product.
    std::string written(s.substr(m.begin, j - m.begin));
    if (family && written != name && mention_text::HasHangul(written)) {
      ents->AddAlias(e, Alias{written, "ko"});
    }
    // A maker's model with letters in it ("기아 EV5" -> Kia-EV5) goes by the model alone too.
    if (!family && letter && version.size() >= 2) ents->AddAlias(e, Alias{version, ""});
    int maker = family ? ents->OwnerOf(m.entity) : m.entity;
    ents->SetOwner(e, maker);
    Mention pm{m.begin, j, e, maker, Mention::Source::kVersion};
    (*chosen)[k] = pm;
    if (absorbs) chosen->erase(chosen->begin() + static_cast<long>(k) + 1);
  }
}

bool MentionFinder::Impl::MayMakeProducts(const std::string& type) {
  return type == "Organization" || type.empty();
}

void MentionFinder::Impl::SiblingVersions(std::vector<Mention>* chosen) {
  std::string_view s = text();
  std::vector<Token> tokens = Tokens();
  for (const Token& t : tokens) {
    ParticleSplit ps = SplitParticles(t.text);
    const std::string& v = ps.stem;
    if (v.size() < 2 || v.size() > 4 || !std::isalpha(static_cast<unsigned char>(v[0]))) continue;
    size_t letters = 0;
    while (letters < v.size() && std::isalpha(static_cast<unsigned char>(v[letters]))) ++letters;
    if (letters == v.size() || letters > 2) continue;
    if (!std::all_of(v.begin() + static_cast<long>(letters), v.end(), IsDigitByte)) continue;
    bool covered = std::any_of(chosen->begin(), chosen->end(), [&](const Mention& m) {
      return m.begin < t.begin + v.size() && m.end > t.begin;
    });
    if (covered) continue;
    std::string prefix = v.substr(0, letters);
    for (const Mention& m : *chosen) {
      // A copy: Intern below may grow the entity table and move the names.
      const std::string name = ents->at(m.entity).name;
      size_t dash = name.rfind('-');
      if (dash == std::string::npos || ents->at(m.entity).type != "Product") continue;
      std::string sib = name.substr(dash + 1);
      if (sib.size() > letters && sib.compare(0, letters, prefix) == 0 && sib != v &&
          std::all_of(sib.begin() + static_cast<long>(letters), sib.end(), IsDigitByte)) {
        std::string full = name.substr(0, dash + 1) + v;
        int known = Known(full);
        int e = known >= 0 ? known : ents->Intern(full, "Product", {Alias{v, ""}});
        // The maker: the sibling's, or the organisation the shared prefix names.
        int owner = m.owner >= 0 ? m.owner : Known(name.substr(0, dash));
        if (owner >= 0 && !MayMakeProducts(ents->at(owner).type)) owner = -1;
        ents->SetOwner(e, owner);
        chosen->push_back(
            Mention{t.begin, t.begin + v.size(), e, owner, Mention::Source::kVersion});
        break;
      }
    }
  }
  std::sort(chosen->begin(), chosen->end(),
            [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  (void)s;
}

}  // namespace kg::ingest
