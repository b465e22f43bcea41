/**
 * A soft two-note chime, made with Web Audio (no sound file to ship). A
 * browser lets a page play sound only after a person's gesture, so the
 * switch that turns sound on also `unlockChime()`s.
 */
let context: AudioContext | null = null;

function audio(): AudioContext | null {
  if (typeof AudioContext === 'undefined') return null;
  context ??= new AudioContext();
  return context;
}

export function unlockChime(): void {
  void audio()?.resume();
}

export function playChime(): void {
  const ctx = audio();
  if (!ctx || ctx.state !== 'running') return;
  const start = ctx.currentTime;
  [660, 880].forEach((frequency, index) => {
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    const at = start + index * 0.35;
    // Fade in and out: a calm bell, not a buzzer.
    gain.gain.setValueAtTime(0, at);
    gain.gain.linearRampToValueAtTime(0.2, at + 0.05);
    gain.gain.exponentialRampToValueAtTime(0.001, at + 1.2);
    oscillator.connect(gain).connect(ctx.destination);
    oscillator.start(at);
    oscillator.stop(at + 1.3);
  });
}
