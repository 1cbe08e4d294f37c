import type { Language } from '../i18n/catalog';

/**
 * The lobby's voice: a two-tone chime through WebAudio, then, if the browser can, the call spoken in the interface
 * language. Browsers keep audio off until someone touches the page (or the kiosk browser is started with
 * --autoplay-policy=no-user-gesture-required): until then calls are only shown, and `blocked` says so.
 */
export class Announcer {
  #audio: AudioContext | undefined;

  constructor(private readonly speech: boolean) {}

  get blocked(): boolean {
    return this.#audio?.state === 'suspended';
  }

  /** Call from a user gesture to let sound through. */
  unlock(): void {
    void this.#context()?.resume();
  }

  announce(text: string, language: Language): void {
    this.#chime();
    if (!this.speech || !('speechSynthesis' in window)) return;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = language === 'ru' ? 'ru-RU' : 'en-GB';
    // After the chime, not over it.
    setTimeout(() => window.speechSynthesis.speak(utterance), 700);
  }

  #chime(): void {
    const audio = this.#context();
    if (!audio) return;
    if (audio.state === 'suspended') void audio.resume();
    const start = audio.currentTime + 0.05;
    [880, 660].forEach((frequency, i) => {
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      tone.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start + i * 0.3);
      gain.gain.exponentialRampToValueAtTime(0.3, start + i * 0.3 + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + i * 0.3 + 0.28);
      tone.connect(gain).connect(audio.destination);
      tone.start(start + i * 0.3);
      tone.stop(start + i * 0.3 + 0.3);
    });
  }

  #context(): AudioContext | undefined {
    try {
      this.#audio ??= new AudioContext();
    } catch {
      // No audio device (a headless screen): calls are still shown.
    }
    return this.#audio;
  }
}

/** "A-015" read out as "A 15": a number is said as a number, not as three digits. */
export function spokenNumber(number: string): string {
  const match = /^([A-Z])-0*(\d+)$/.exec(number);
  return match ? `${match[1]} ${match[2]}` : number;
}
