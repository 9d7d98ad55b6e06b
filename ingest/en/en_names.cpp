// Short-name and "-based" resolution over the entities the document has named so far.
#include "ingest/en/en_names.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "ingest/en/en_extract.h"
#include "ingest/en/en_table_rows.h"
#include "ingest/en/en_word_forms.h"
#include "ingest/en/wordnet.h"

namespace kg::ingest {

namespace {

std::string Fold(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '-' || c == ' ' || c == '.') continue;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

std::vector<std::string> Words(const std::string& s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find(' ', i);
    if (j == std::string::npos) j = s.size();
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

// The one longer name of the document this short name stands for, or -1.
int FullName(int entity, const DocEntities& ents, const std::set<int>& named) {
  const ExtractedEntity& e = ents.at(entity);
  std::vector<std::string> w = Words(e.name);
  std::string fold = Fold(e.name);
  int found = -1;
  for (int k : named) {
    if (k == entity) continue;
    const ExtractedEntity& full = ents.at(k);
    std::vector<std::string> fw = Words(full.name);
    bool person = full.type == "Person";
    bool same = Fold(full.name) == fold && full.name != e.name;
    bool first = w.size() == 1 && fw.size() > 1 && fw.front() == w[0] && !person;
    bool family =
        w.size() == 1 && fw.size() > 1 && person && (fw.back() == w[0] || fw.front() == w[0]);
    if (!same && !first && !family) continue;
    if (found >= 0 && !same) {
      // Two candidates: keep the organisation, else the one named first.
      if (full.type != "Organization" || ents.at(found).type == "Organization") continue;
    }
    found = k;
    if (same) break;
  }
  return found;
}

// "supply" in running text matched to a "Supply" learned from a table cell or a sentence
// start: a dictionary word written without a capital or digit is not a name in English.
bool IsCommonWordWritten(const std::string& text) {
  bool plain = !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return std::islower(static_cast<unsigned char>(c)) || c == ' ' || c == '-';
  });
  if (!plain) return false;
  WordNet& wn = WordNet::Shared();
  return wn.Has(text, WordClass::kVerb) || wn.Has(text, WordClass::kNoun) ||
         wn.Has(text, WordClass::kAdjective);
}

// "Rival lender Skarholm Bank said", "Search giant Naver": a capitalised dictionary word
// opening the sentence (or following its dateline), then lower-case words up to the next
// name, is the name's descriptor, not a name, unless the document or the lexicon knows it.
bool IsOpeningDescriptorWord(const std::string& s, const Mention& m,
                             const std::vector<Mention>& all, const DocEntities& ents,
                             const std::set<int>& named) {
  if (m.begin != 0 && !(m.begin >= 3 && s.compare(m.begin - 3, 3, "-- ") == 0)) return false;
  std::string text = s.substr(m.begin, m.end - m.begin);
  if (text.find(' ') != std::string::npos || named.count(m.entity) ||
      ents.at(m.entity).from_lexicon) {
    return false;
  }
  std::string lower = text;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower == text ||
      !std::all_of(lower.begin(), lower.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
    return false;
  }
  WordNet& wn = WordNet::Shared();
  if (!wn.Has(lower, WordClass::kNoun) && !wn.Has(lower, WordClass::kAdjective)) return false;
  // One or two lower-case words, then the next name.
  size_t at = m.end;
  for (int n = 0; n < 2; ++n) {
    if (at >= s.size() || s[at] != ' ' || at + 1 >= s.size() ||
        !std::islower(static_cast<unsigned char>(s[at + 1]))) {
      return false;
    }
    size_t e = s.find_first_of(" ,.", at + 1);
    if (e == std::string::npos) return false;
    at = e;
    for (const Mention& o : all) {
      // Only before a name typed an organisation: in "Meridian chief executive Henrik Vos"
      // the word is the organisation of a person's title.
      if (o.begin == at + 1) {
        const ExtractedEntity& described = ents.at(o.entity);
        return !described.type.empty() && OrganisationLike(described);
      }
    }
  }
  return false;
}

// "Enervia Brasil" begins with the whole word "Enervia".
bool StartsWithName(const std::string& full, const std::string& shorter) {
  return full.size() > shorter.size() && full.compare(0, shorter.size(), shorter) == 0 &&
         full[shorter.size()] == ' ';
}

// A sentence of running text, not a heading ("Hyundai takes over Kestrel Motors") or a table
// row: a heading's short name stands for the full name the body gives next.
bool ReadsAsProse(const Sentence& sentence) {
  const std::string& t = sentence.text;
  if (!sentence.cells.empty() || t.empty()) return false;
  size_t end = t.find_last_not_of(" \"')\u201d");
  return end != std::string::npos && (t[end] == '.' || t[end] == '!' || t[end] == '?');
}

}  // namespace

int PortfolioMinistry(int org, const DocEntities& ents) {
  const ExtractedEntity& o = ents.at(org);
  if (!o.type.empty() || o.name.find(' ') != std::string::npos) return org;
  std::string word = o.name;
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (!WordNet::Shared().Has(word, WordClass::kNoun)) return org;
  for (size_t k = 0; k < ents.entities().size(); ++k) {
    std::vector<std::string> w = Words(ents.entities()[k].name);
    if (w.size() < 3 || (w[0] != "Ministry" && w[0] != "Department")) continue;
    if (std::find(w.begin() + 1, w.end(), o.name) != w.end()) return static_cast<int>(k);
  }
  return -1;
}

void ResolveEnglishNames(const Sentence& sentence, std::vector<Mention>* mentions,
                         DocEntities* ents, const std::set<int>& named,
                         const std::map<std::string, std::string>& demonyms,
                         const std::set<int>& own_names) {
  const std::string& s = sentence.text;
  std::vector<Mention> out;
  size_t opening = std::string::npos;
  for (Mention m : *mentions) {
    std::string text = s.substr(m.begin, m.end - m.begin);
    if (IsCommonWordWritten(text) || IsTableRowVerb(sentence, m)) continue;
    if (!demonyms.count(text) && IsOpeningDescriptorWord(s, m, *mentions, *ents, named) &&
        FullName(m.entity, *ents, named) < 0) {
      opening = m.begin;  // the described name's mention takes the descriptor in
      continue;
    }
    if (opening != std::string::npos) {
      m.begin = opening;
      opening = std::string::npos;
    }
    size_t based = text.find("-based");
    if (based != std::string::npos && based > 0) {
      // "Osaka-based Hoshino Pharma": the place, then the name after it.
      Mention place = m;
      place.end = m.begin + based;
      place.entity = ents->Intern(text.substr(0, based), "Place", {});
      out.push_back(place);
      size_t rest = based + std::string("-based").size();
      while (rest < text.size() && text[rest] == ' ') ++rest;
      if (rest < text.size()) {
        Mention name = m;
        name.begin = m.begin + rest;
        name.entity = ents->Intern(text.substr(rest), "", {});
        out.push_back(name);
      }
      continue;
    }
    // "Osaka-based Hoshino Pharma ..., and Hoshino made": a full name earlier in the sentence
    // counts as named before the short one.
    std::set<int> before = named;
    for (const Mention& o : out) before.insert(o.entity);
    int full = FullName(m.entity, *ents, before);
    if (full >= 0 && own_names.count(m.entity) &&
        StartsWithName(ents->at(full).name, ents->at(m.entity).name)) {
      full = -1;  // "Enervia" said ... "Enervia Brasil" ... "Enervia": two companies
    }
    if (full >= 0) {
      ents->AddAlias(full, Alias{ents->at(m.entity).name, "en"});
      m.entity = full;
    }
    out.push_back(m);
  }
  *mentions = std::move(out);
}

void EnglishExtractor::ResolveNames(const Sentence& sentence, std::vector<Mention>* mentions,
                                    DocEntities* entities, EnglishStats* stats) const {
  if (IsHeadline(sentence)) {
    mentions->clear();
    return;
  }
  static const std::map<std::string, std::string> kNone;
  ResolveEnglishNames(sentence, mentions, entities, stats->named,
                      words_ ? words_->demonyms() : kNone, stats->own_names);
  bool prose = ReadsAsProse(sentence);
  for (const Mention& m : *mentions) {
    stats->named.insert(m.entity);
    if (prose) stats->own_names.insert(m.entity);
  }
}

}  // namespace kg::ingest
