// Loads a video player only when the visitor asks for it (see blocks/video_block.html).
document.querySelectorAll("[data-video]").forEach((figure) => {
  const button = figure.querySelector("[data-video-play]");
  const player = figure.querySelector("[data-video-player]");
  if (!button || !player) return;
  button.hidden = false;
  button.addEventListener("click", () => {
    figure.insertBefore(player.content.cloneNode(true), button);
    button.remove();
  });
});
