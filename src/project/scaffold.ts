/** The files `telaah init` writes, as a pure function of the options. */

export interface ScaffoldOptions {
  codebook: string;
  lang: 'id' | 'en';
  /** A coding of the example transcript with a code of the chosen codebook, shown in codings/README.md. */
  example?: ExampleCoding;
}

export interface ExampleCoding {
  code: string;
  quote: string;
}

/** The example transcript `init` writes, as [file name, text]: the chosen codebook codes it for the codings example. */
export function exampleTranscript(lang: 'id' | 'en'): [string, string] {
  return lang === 'id' ? ['transcripts/contoh-wawancara.md', EXAMPLE_ID] : ['transcripts/example-interview.md', EXAMPLE_EN];
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
  const [exampleFile, example] = exampleTranscript(opts.lang);
  return {
    'telaah.yaml': config,
    [exampleFile]: example,
    'codings/README.md': codingsReadme(opts),
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

function codingsReadme(opts: ScaffoldOptions): string {
  const transcript = opts.lang === 'id' ? 'contoh-kades' : 'example-councillor';
  const { code, quote } = opts.example ?? (opts.lang === 'id'
    ? { code: 'komitmen-proses', quote: 'kami rutin rapat koordinasi tiap bulan' }
    : { code: 'face-to-face-dialogue', quote: 'We meet every month, face to face' });
  return `# Codings

One file per coder, named after the coder: \`codings/<coder>.yaml\`. The code ids are those of
your codebook (\`${opts.codebook}\`): \`telaah codebook list\` lists them, \`telaah codebook show ID\`
shows one with its definition.

\`\`\`yaml
coder: sari
codings:
  - transcript: ${transcript}          # the transcript id
    code: ${code}             # a code id from the codebook
    quote: ${JSON.stringify(quote)}   # the exact words coded
    polarity: support                 # or limit: the passage shows a gap or an obstacle
    memo: "why this passage carries the code"  # optional
\`\`\`
`;
}
