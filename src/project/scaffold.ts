/** The files `telaah init` writes, as a pure function of the options. */

export interface ScaffoldOptions {
  codebook: string;
  lang: 'id' | 'en';
}

export function scaffold(opts: ScaffoldOptions): Record<string, string> {
  const config = `# telaah project settings — see README.md ("The project folder")
codebook: ${opts.codebook}            # a bundled codebook (ansell-gash-2008, bartania, modal-sosial) or ./my-codebook.yaml
transcripts: transcripts      # folder (or list of patterns) with .md / .txt transcripts
language: ${opts.lang}                  # language of the drafts: id or en
output: out                   # everything generated goes here (safe to delete)
coding:
  auto: on                    # on | suggest | off: automatic coding
  min_confidence: 0.3          # how sure (0–1) an automatic code must be to count
triangulation:
  min_groups: 2               # stakeholder groups needed for "converged"
  min_methods: 2              # methods (interview, observation, document) needed where several exist
`;
  const example = opts.lang === 'id' ? EXAMPLE_ID : EXAMPLE_EN;
  return {
    'telaah.yaml': config,
    [`transcripts/${opts.lang === 'id' ? 'contoh-wawancara' : 'example-interview'}.md`]: example,
    'codings/README.md': CODINGS_README,
    '.gitignore': 'out/\n.telaah-cache/\n.telaah-lock\n.telaah-journal.json\n*.telaah-lock\n*.telaah-tmp-*\n',
  };
}

const EXAMPLE_ID = `---
id: contoh-kades
informant: Bapak Sutan Mangkuto (fiktif)
role: Kepala Desa
group: pemerintah-desa
method: interview
date: 2024-03-01
language: id
interviewer: [Peneliti]
---
Peneliti: Selamat pagi, Pak. Bagaimana koordinasi desa dengan Polsek selama ini?

Kades: Pagi. Ya, eh, kami rutin rapat koordinasi tiap bulan, duduk bersama dengan
Bhabinkamtibmas dan tokoh masyarakat di balai desa.

Peneliti: Apakah warga sudah percaya untuk melapor?

Kades: Sebagian sudah mulai berani melapor, tapi masih ada yang takut. Kepercayaan itu
belum merata, apalagi di dusun yang jauh.
`;

const EXAMPLE_EN = `---
id: example-councillor
informant: Councillor Jane Doe (fictional)
role: Ward councillor
group: council
method: interview
date: 2024-03-01
language: en
interviewer: [Interviewer]
---
Interviewer: How do the council and the police work together on this?

Councillor: We meet every month, face to face, with the neighbourhood officers and the
residents' association, and we agree the priorities together.

Interviewer: Do residents trust the process?

Councillor: Some do now, but trust is still limited on the estate, and turnout is low.
`;

const CODINGS_README = `# Codings

One file per coder, named after the coder: \`codings/<coder>.yaml\`.

\`\`\`yaml
coder: sari
codings:
  - transcript: contoh-kades          # the transcript id
    code: komitmen-proses             # a code id from the codebook
    quote: "kami rutin rapat koordinasi tiap bulan"   # the exact words coded
    memo: "regular meetings as a sign of commitment"  # optional
\`\`\`
`;
