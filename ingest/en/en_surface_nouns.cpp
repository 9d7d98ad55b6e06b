// The English surface rules that read names around nouns rather than verbs: title appositions
// ("Y CEO X", "X, chairman and chief executive of Y") and noun forms ("X, a member of Y", "X,
// Y's supplier", "Y's Z drone, unveiled in 2023"). Members of EnglishSurfaceRules::Pass
// (en_surface_pass.h), apart from en_surface.cpp, which holds the verb rules and the mention
// groups both use.
#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>
#include <string>
#include <vector>

#include "ingest/en/en_descriptors.h"
#include "ingest/en/en_names.h"
#include "ingest/en/en_surface_pass.h"
#include "ingest/en/en_surface_words.h"
#include "ingest/en/en_word_forms.h"

namespace kg::ingest {

using surface::ClauseEnd;
using surface::OneOf;
using surface::Word;
using surface::Words;

size_t EnglishSurfaceRules::Pass::OrganisationAfterDescriptor(size_t k) const {
  for (size_t j = k; j + 1 < words.size() && j < k + 3 && MentionAt(words[j].begin) < 0 &&
                     std::islower(static_cast<unsigned char>(s[words[j].begin]));
       ++j) {
    bool org_noun = rules.words_ && rules.words_->IsOrganisationNoun(Lemma(words[j].lower, false));
    if (org_noun && MentionAt(words[j + 1].begin) >= 0) return j + 1;
  }
  return k;
}

size_t EnglishSurfaceRules::Pass::CoordinatedTitleBefore(size_t w) const {
  for (size_t j = w - 1; w >= 2 && words[w - 1].lower == "and" && j-- > 0 && w - j <= 4;) {
    if (MentionAt(words[j].begin) >= 0 ||
        !std::islower(static_cast<unsigned char>(s[words[j].begin])))
      break;
    if (words[j].begin >= 2 && s.compare(words[j].begin - 2, 2, ", ") == 0) return words[j].begin;
  }
  return std::string::npos;
}

void EnglishSurfaceRules::Pass::EmitCoordinatedTitle(size_t co_begin, size_t w, int person, int org,
                                                     size_t te) {
  std::string title = LowerAscii(s.substr(co_begin, words[w - 1].begin - 1 - co_begin));
  for (const auto& [t, rel] : rules.titles_) {
    std::map<std::string, int> quals;
    if (t == title && rel->id == "position_held")
      quals["role"] = sink->Value(Literal{title, "", ""}, title);
    bool names_object = rel->object_type == "Person";  // "founder and CEO of Y": Y founded_by X
    if (t == title)
      Emit(names_object ? org : person, *rel, names_object ? person : org, -1, false, quals,
           co_begin, te, "en:title-apposition");
  }
}

void EnglishSurfaceRules::Pass::TitleAppositions() {
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
                         std::isupper(static_cast<unsigned char>(s[words[k - 1].begin]));
           --k)
        ob = words[k - 1].begin;
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
      if (org >= 0 && rules.words_ && rules.words_->IsPortfolioTitle(title))
        org = PortfolioMinistry(org, *ents);
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

bool EnglishSurfaceRules::Pass::PossessiveLink(const std::string& gap) {
  std::vector<Word> gw = Words(gap);
  if (gw.empty()) return gap.find(',') != std::string::npos;
  if (gw.size() > 4 || !OneOf(gw.back().lower, {"as", "is", "was", "remains", "became"}))
    return false;
  return std::none_of(gw.begin(), gw.end(), [](const Word& w) {
    return OneOf(w.lower, {"not", "never", "said", "says", "n't"});
  });
}

void EnglishSurfaceRules::Pass::PossessiveNounForms() {
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

void EnglishSurfaceRules::Pass::PossessorAgents() {
  for (size_t k = 0; k + 1 < mentions.size(); ++k) {
    const Mention& owner = mentions[k];
    const Mention& product = mentions[k + 1];
    bool possessive = product.begin == owner.end + 3 && s.compare(owner.end, 3, "'s ") == 0;
    bool whose = product.begin == owner.end + 8 && s.compare(owner.end, 8, ", whose ") == 0;
    if (!possessive && !whose) continue;
    // Up to two nouns after the product's name ("van", "chip design"), then the participle.
    size_t at = product.end;
    for (int n = 0; n < 2 && at + 1 < s.size() && s[at] == ' ' &&
                    std::islower(static_cast<unsigned char>(s[at + 1]));
         ++n) {
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
        if (!v.participle || r.object_type.find("Product") == std::string::npos ||
            v.surface.empty() || lower.compare(at, v.surface.size(), v.surface) != 0 ||
            (e < s.size() && std::isalnum(static_cast<unsigned char>(s[e]))) ||
            lower.compare(e, 4, " by ") == 0) {
          continue;
        }
        std::map<std::string, int> quals;
        for (const ValueMention& val : values) {
          if (val.kind == ValueMention::Kind::kDate && val.begin >= e &&
              val.begin < ClauseEnd(s, e) && s.find(',', e) > val.begin) {
            quals["date"] = sink->Value(val);
            break;
          }
        }
        Emit(owner.entity, r, product.entity, -1, false, quals, owner.begin, e,
             "en:possessor-agent:" + r.id);
        break;
      }
      break;
    }
  }
}

void EnglishSurfaceRules::Pass::NounForms() {
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
          std::string kind =
              rules.words_ && rules.words_->TakesKindObject(r.id)
                  ? KindPhraseAt(s, pos + pattern.size(), rules.words_->descriptor_breaks())
                  : "";
          if (kind.size() > oe - pos - pattern.size()) {
            objects = {ents->Intern(kind, "Product", {})};
            oe = pos + pattern.size() + kind.size();
          }
          size_t cut = pos > 0 && std::isalnum(static_cast<unsigned char>(s[pos - 1]))
                           ? pos
                           : NounPhraseStart(s, pos);
          while (cut > 0 && (s[cut - 1] == ' ' || s[cut - 1] == ',')) --cut;
          GroupBefore(cut, &subjects, &sb);
          if (!subjects.empty() && !objects.empty() && cut != pos) {
            for (int subj : subjects) {
              for (int obj : objects) {
                if (n.denotes_object)
                  Emit(obj, r, subj, -1, false, {}, sb, oe, "en:noun:" + r.id);
                else
                  Emit(subj, r, obj, -1, false, {}, sb, oe, "en:noun:" + r.id);
              }
            }
          }
          pos += pattern.size();
        }
      }
    }
  }
}

}  // namespace kg::ingest
