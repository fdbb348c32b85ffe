/** Common English words that carry no meaning for finding an operation. */

/** Function words, pronouns and filler ("give me", "please", "I want"), lower case. */
export const stopWords: ReadonlySet<string> = new Set(
  `a an the and or but if of to in on at by for with from into onto about as than then so that this these those
  there here it its it's is are was were be been being am do does did done doing has have had having will would
  shall should can could may might must i me my mine myself we us our ours you your yours he him his she her hers
  they them their theirs what which who whom whose when where why how please give tell want wanted need needs
  like would just some any all every each other another also very too much many more most can't don't let lets
  i'm i'd i've some something anything thing things one ones via using use used`
    .split(/\s+/)
    .filter((word) => word !== ''),
);
