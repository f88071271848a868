export const THEME_KEY = 'dateline-theme'

/** Runs before first paint (inlined in <head>), so a remembered theme never flashes the other one. */
export const themeScript = `try{var t=localStorage.getItem('${THEME_KEY}');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`
