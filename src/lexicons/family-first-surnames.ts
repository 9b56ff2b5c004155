/**
 * Common Chinese and Korean family names in their usual romanisations (pinyin, Wade–Giles, Cantonese and the
 * customary Korean spellings). A personal name of this culture is written family name first (`Xi Jinping`,
 * `Kim Jong Un`, `Li Qiang`), and a later bare reference uses that first word (`Xi said`).
 *
 * Vietnamese family names (Nguyen, Tran, Pham …) are left out on purpose: English-language news refers to a
 * Vietnamese person by the last word of the name (`Nguyen Phu Trong` … `Trong said`), which is what a
 * name's last word already gives.
 *
 * Lower case, without diacritics.
 *
 * @module
 */

/** Family names written first (lower case, no diacritics). */
export const FAMILY_FIRST_SURNAMES: ReadonlySet<string> = new Set(
  // Chinese (pinyin)
  (
    'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song ' +
    'tang han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai jia ding wei xue ye yan du dai xia ' +
    'zhong wen qin hou xi bo mao lu shi cui kong meng qian yao shen fu qiu ren fan fang jin lai tan shao wan ' +
    'gu yin lei hao gong duan lei long tao he qi su zou yi chang ' +
    // Chinese (Wade–Giles, Cantonese, Hokkien, Taiwanese usage)
    'chan cheung wong leung lam ho tsai chiang hsieh hsu chou cheng chao kuo lo ng yeung tse tsang kwok ' +
    'lau mak tung chu tsui chow fung yip siu ko hui lui ' +
    // Korean
    'kim lee yi rhee park pak choi choe chung jeong jung chun jeon kang shin lim im baek paek heo suh seo ' +
    'sung byun jang bae kwak kwon koo moon yoon hwang oh ahn jo cho nam ban hong yoo ryu noh roh yang son ' +
    'jin han song ha'
  ).split(/\s+/u),
);
